package app.mitra.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.accounts.Accounts;
import app.mitra.journal.internal.DoseRepository.OffsetSpan;
import app.mitra.products.Consumption;

/**
 * The journal's answer to products' {@link Consumption}: grams per batch per day in the person's
 * current zone, summed by the database over the zone's offset spans (a handful per year), so no
 * dose is loaded one by one.
 */
@Component
class BatchConsumption implements Consumption {

    private final DoseRepository doses;
    private final Accounts accounts;

    BatchConsumption(DoseRepository doses, Accounts accounts) {
        this.doses = doses;
        this.accounts = accounts;
    }

    @Override
    public List<DailyUse> dailyUse(UUID userId, LocalDate from, LocalDate to) {
        ZoneId zone = accounts.zone(userId);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return totals(userId, start, end, zone, null);
    }

    @Override
    public List<DailyUse> dailyUse(UUID userId, UUID batchId) {
        return doses.batchSpan(userId, batchId)
                .map(span -> totals(userId, Instant.ofEpochMilli(span[0]), Instant.ofEpochMilli(span[1] + 1),
                        accounts.zone(userId), batchId))
                .orElse(List.of());
    }

    private List<DailyUse> totals(UUID userId, Instant start, Instant end, ZoneId zone, UUID batchId) {
        return doses.dailyTotals(userId, start.toEpochMilli(), end.toEpochMilli(), offsets(zone, start, end), batchId)
                .stream().map(total -> new DailyUse(LocalDate.ofEpochDay(total.epochDay()), total.batchId(),
                        total.materialMg()))
                .toList();
    }

    /** The zone's offsets over [start, end), each until its next transition; the last one covers the rest. */
    static List<OffsetSpan> offsets(ZoneId zone, Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        List<OffsetSpan> spans = new ArrayList<>();
        Instant at = start;
        ZoneOffsetTransition next = rules.nextTransition(at);
        while (next != null && next.getInstant().isBefore(end)) {
            spans.add(new OffsetSpan(next.getInstant().toEpochMilli(), rules.getOffset(at).getTotalSeconds() * 1000L));
            at = next.getInstant();
            next = rules.nextTransition(at);
        }
        spans.add(new OffsetSpan(Long.MAX_VALUE, rules.getOffset(at).getTotalSeconds() * 1000L));
        return spans;
    }
}
