package app.mitra.safety.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.journal.DoseFigures;
import app.mitra.journal.Journal;
import app.mitra.safety.internal.UsePattern.DayUse;
import app.mitra.safety.internal.UsePattern.WithdrawalTotal;

/**
 * Reads the journal's doses and withdrawal check-ins over a range of days, as days in the person's
 * zone: each kind with one compact range query, not page by page through whole entries.
 */
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
        for (DoseFigures dose : journal.doseFigures(userId, start(first, zone), start(last.plusDays(1), zone))) {
            days.merge(Instant.ofEpochMilli(dose.takenAt()).atZone(zone).toLocalDate(),
                    new DayUse(1, dose.materialMg()),
                    (a, b) -> new DayUse(a.doses() + b.doses(), a.materialMg() + b.materialMg()));
        }
        return days;
    }

    public UsePattern pattern(UUID userId, LocalDate today, int lookBackDays) {
        ZoneId zone = zone(userId);
        LocalDate first = today.minusDays(Math.max(lookBackDays, 1) - 1L);
        List<WithdrawalTotal> totals = journal.withdrawalFigures(userId, start(first, zone),
                start(today.plusDays(1), zone)).stream()
                .map(w -> new WithdrawalTotal(Instant.ofEpochMilli(w.takenAt()).atZone(zone).toLocalDate(), w.total()))
                .toList();
        return new UsePattern(today, use(userId, first, today, zone), totals);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
