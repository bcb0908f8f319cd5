package app.mitra.safety.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.springframework.stereotype.Component;

import app.mitra.common.web.Cursor;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;
import app.mitra.journal.Dose;
import app.mitra.journal.Journal;
import app.mitra.safety.internal.UsePattern.DayUse;
import app.mitra.safety.internal.UsePattern.WithdrawalTotal;

/** Reads the journal's doses and withdrawal check-ins over a range of days, as days in the person's zone. */
@Component
public class JournalDays {

    private final Journal journal;

    JournalDays(Journal journal) {
        this.journal = journal;
    }

    public ZoneId zone(UUID userId) {
        return journal.zone(userId);
    }

    /** Doses and milligrams of material per day, from {@code first} to {@code last} inclusive. */
    public Map<LocalDate, DayUse> use(UUID userId, LocalDate first, LocalDate last, ZoneId zone) {
        Map<LocalDate, DayUse> days = new HashMap<>();
        List<Dose> doses = all(userId, first, last, zone, journal::doses,
                d -> new Cursor(d.takenAt().toEpochMilli(), d.id()));
        for (Dose dose : doses) {
            days.merge(dose.takenAt().atZone(zone).toLocalDate(), new DayUse(1, dose.materialMg()),
                    (a, b) -> new DayUse(a.doses() + b.doses(), a.materialMg() + b.materialMg()));
        }
        return days;
    }

    public UsePattern pattern(UUID userId, LocalDate today, int lookBackDays) {
        ZoneId zone = zone(userId);
        LocalDate first = today.minusDays(Math.max(lookBackDays, 1) - 1L);
        List<WithdrawalTotal> totals = all(userId, first, today, zone, journal::withdrawals,
                w -> new Cursor(w.takenAt().toEpochMilli(), w.id())).stream()
                .map(w -> new WithdrawalTotal(w.takenAt().atZone(zone).toLocalDate(), w.total())).toList();
        return new UsePattern(today, use(userId, first, today, zone), totals);
    }

    private static <T> List<T> all(UUID userId, LocalDate first, LocalDate last, ZoneId zone,
            BiFunction<UUID, ListQuery, Page<T>> list, java.util.function.Function<T, Cursor> position) {
        long from = first.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<T> rows = new ArrayList<>();
        Cursor cursor = null;
        do {
            Page<T> page = list.apply(userId, new ListQuery(from, to, ListQuery.MAX_LIMIT, cursor));
            rows.addAll(page.items());
            cursor = page.nextCursor() == null ? null : position.apply(page.items().get(page.items().size() - 1));
        } while (cursor != null);
        return rows;
    }
}
