package app.mitra.products;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import app.mitra.common.web.InvalidInputException;
import app.mitra.products.Consumption.DailyUse;
import app.mitra.products.internal.BatchRepository;
import app.mitra.products.internal.ContaminantLimits;

/**
 * Daily element exposure: for each day with a dose and each element, µg = µg/g on the batch's
 * certificate × grams taken from that batch that day, summed over batches, against the daily
 * limit. A day is incomplete for an element when some of its doses had no certificate reporting it.
 */
@Service
public class Exposures {

    /** The longest range one answer covers. */
    public static final int MAX_DAYS = 3660;

    private final Consumption consumption;
    private final BatchRepository batches;
    private final ContaminantLimits limits;

    Exposures(Consumption consumption, BatchRepository batches, ContaminantLimits limits) {
        this.consumption = consumption;
        this.batches = batches;
        this.limits = limits;
    }

    /** Newest day first; elements in a fixed order (lead, arsenic, cadmium, mercury). */
    public List<ExposureDay> days(UUID userId, LocalDate from, LocalDate to) {
        if (from.isAfter(to) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException("from", "must be on or before to, and at most " + MAX_DAYS + " days before it");
        }
        Map<UUID, Coa> certificates = batches.all(userId).stream().filter(batch -> batch.coa() != null)
                .collect(Collectors.toMap(Batch::id, Batch::coa, (a, b) -> a));
        Map<LocalDate, List<DailyUse>> byDay = new TreeMap<>(Comparator.reverseOrder());
        for (DailyUse use : consumption.dailyUse(userId, from, to)) {
            byDay.computeIfAbsent(use.date(), day -> new ArrayList<>()).add(use);
        }
        List<ExposureDay> days = new ArrayList<>();
        byDay.forEach((date, uses) -> {
            for (Element element : Element.values()) {
                days.add(day(date, element, uses, coa -> coa == null ? null : element.concentration(coa),
                        certificates));
            }
        });
        return days;
    }

    /** The daily limit an element is measured against, with its source. */
    public double limitUgPerDay(Element element) {
        return limits.element(element).limit();
    }

    private ExposureDay day(LocalDate date, Element element, List<DailyUse> uses, Function<Coa, Double> concentration,
            Map<UUID, Coa> certificates) {
        double ug = 0;
        boolean complete = true;
        for (DailyUse use : uses) {
            Double ugPerG = use.batchId() == null ? null : concentration.apply(certificates.get(use.batchId()));
            if (ugPerG == null) {
                complete = false;
            } else {
                ug += ugPerG * use.materialMg() / 1000;
            }
        }
        double limit = limitUgPerDay(element);
        return new ExposureDay(date, element, round(ug), limit, round(ug / limit), complete);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
