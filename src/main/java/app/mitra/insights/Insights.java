package app.mitra.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import app.mitra.insights.InsightsReport.Day;
import app.mitra.insights.InsightsReport.Difference;
import app.mitra.insights.InsightsReport.GroupRelief;
import app.mitra.insights.InsightsReport.Tolerance;
import app.mitra.insights.internal.Basis;
import app.mitra.insights.internal.Comparisons;
import app.mitra.insights.internal.Comparisons.Group;
import app.mitra.insights.internal.Days;
import app.mitra.insights.internal.DoseResponses;
import app.mitra.insights.internal.Pairing;
import app.mitra.insights.internal.Tolerances;
import app.mitra.insights.internal.Trends;
import app.mitra.journal.CheckInFigures;
import app.mitra.journal.DoseFigures;
import app.mitra.journal.Journal;
import app.mitra.products.Product;
import app.mitra.products.Products;

/**
 * The insights module's API: what one person's journal shows over a range of days. It reads the
 * journal in two range queries (check-ins and doses) and computes everything in memory, so a
 * five-year journal answers in milliseconds. Nothing is stored.
 */
@Service
public class Insights {

    /** The days a tolerance assessment for safety looks back over: four 30-day windows. */
    public static final int TOLERANCE_DAYS = 4 * Tolerances.WINDOW_DAYS;

    private final Journal journal;
    private final Products products;
    private final ApplicationEventPublisher events;

    Insights(Journal journal, Products products, ApplicationEventPublisher events) {
        this.journal = journal;
        this.products = products;
        this.events = events;
    }

    public ZoneId zone(UUID userId) {
        return journal.zone(userId);
    }

    /** The day of the journal's first entry in the person's zone; empty for an empty journal. */
    public Optional<LocalDate> firstDay(UUID userId) {
        ZoneId zone = zone(userId);
        return journal.firstEntryAt(userId).map(at -> at.atZone(zone).toLocalDate());
    }

    public InsightsReport report(UUID userId, InsightsRange range) {
        ZoneId zone = zone(userId);
        Read read = read(userId, range, zone);
        Pairing pairing = Pairing.of(read.checkIns(), read.doses());
        Basis basis = Basis.of(read.doses());
        List<Day> daily = Trends.daily(read.days(), read.checkIns(), read.doses());
        Map<UUID, Product> named = products.list(userId, true).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        List<Group> byProduct = groups(read.doses(), pairing, d -> d.productId() == null ? null : d.productId().toString(),
                key -> UUID.fromString(key), key -> name(named.get(UUID.fromString(key))));
        List<Group> byStrain = groups(read.doses(), pairing, d -> strain(named.get(d.productId())), key -> null,
                key -> key);
        List<Group> byForm = groups(read.doses(), pairing, d -> d.form().name(), key -> null, key -> key);
        List<Difference> differences = new ArrayList<>();
        differences.addAll(Comparisons.differences("product", byProduct));
        differences.addAll(Comparisons.differences("strain", byStrain));
        differences.addAll(Comparisons.differences("form", byForm));
        return new InsightsReport(range.from(), range.to(), zone.getId(), Comparisons.overall(pairing),
                Comparisons.relief(byProduct), Comparisons.relief(byStrain), Comparisons.relief(byForm),
                differences, DoseResponses.of(pairing.paired(), basis),
                Tolerances.of(read.days(), pairing.paired(), basis, daily), daily,
                Trends.weeklyPeg(read.days(), read.checkIns(), zone), Trends.correlations(daily));
    }

    /**
     * Assesses the last {@link #TOLERANCE_DAYS} days for tolerance and publishes the outcome as
     * {@link ToleranceAssessed}, which safety turns into a pattern finding (or clears).
     */
    public ToleranceAssessed assessTolerance(UUID userId) {
        ZoneId zone = zone(userId);
        LocalDate today = LocalDate.now(zone);
        InsightsRange range = new InsightsRange(today.minusDays(TOLERANCE_DAYS - 1L), today);
        Read read = read(userId, range, zone);
        Pairing pairing = Pairing.of(read.checkIns(), read.doses());
        Tolerance tolerance = Tolerances.of(read.days(), pairing.paired(), Basis.of(read.doses()),
                Trends.daily(read.days(), read.checkIns(), read.doses()));
        boolean falling = !tolerance.insufficient() && tolerance.ciHigh() < 0;
        ToleranceAssessed assessed = new ToleranceAssessed(userId, tolerance.signal(), falling,
                tolerance.escalation().rising(), TOLERANCE_DAYS, pairing.paired().size());
        events.publishEvent(assessed);
        return assessed;
    }

    /** The rows of a range: check-ins reach 90 minutes before it and 240 after, so edge doses can pair. */
    private record Read(Days days, List<CheckInFigures> checkIns, List<DoseFigures> doses) {
    }

    private Read read(UUID userId, InsightsRange range, ZoneId zone) {
        Days days = Days.of(range.from(), range.to(), zone);
        List<CheckInFigures> checkIns = journal.checkInFigures(userId,
                Instant.ofEpochMilli(days.from() - Pairing.BEFORE_MS), Instant.ofEpochMilli(days.to() + Pairing.AFTER_TO_MS));
        List<DoseFigures> doses = journal.doseFigures(userId, Instant.ofEpochMilli(days.from()),
                Instant.ofEpochMilli(days.to()));
        return new Read(days, checkIns, doses);
    }

    private static List<Group> groups(List<DoseFigures> doses, Pairing pairing, Function<DoseFigures, String> key,
            Function<String, UUID> productId, Function<String, String> name) {
        return Comparisons.group(doses, pairing.paired(), key).entrySet().stream()
                .map(e -> new Group(e.getKey(), productId.apply(e.getKey()), name.apply(e.getKey()), e.getValue()))
                .toList();
    }

    private static String name(Product product) {
        return product == null ? "" : product.name();
    }

    private static String strain(Product product) {
        return product == null || product.strain() == null || product.strain().isBlank() ? null
                : product.strain().trim();
    }
}
