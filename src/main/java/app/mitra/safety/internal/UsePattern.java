package app.mitra.safety.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the journal shows about recent use, by day in the person's zone: doses and milligrams of
 * material per day (days without a dose are absent) and the totals of withdrawal check-ins.
 * Windows end today, inclusive: today's part-day only ever lowers a recent figure.
 */
public record UsePattern(LocalDate today, Map<LocalDate, DayUse> days, List<WithdrawalTotal> withdrawal) {

    public record DayUse(int doses, long materialMg) {
    }

    public record WithdrawalTotal(LocalDate day, int total) {
    }

    public UsePattern {
        days = Map.copyOf(days);
        withdrawal = List.copyOf(withdrawal);
    }

    /** The {@code length} days ending {@code endsDaysAgo} days before today. */
    public Window window(int length, int endsDaysAgo) {
        LocalDate last = today.minusDays(endsDaysAgo);
        return new Window(last.minusDays(length - 1L), last);
    }

    /** A range of days, both ends inclusive. */
    public record Window(LocalDate first, LocalDate last) {

        boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    List<DayUse> used(Window window) {
        return days.entrySet().stream().filter(e -> window.contains(e.getKey()) && e.getValue().doses() > 0)
                .map(Map.Entry::getValue).toList();
    }

    List<Integer> withdrawalTotals(Window window) {
        return withdrawal.stream().filter(w -> window.contains(w.day())).map(WithdrawalTotal::total).toList();
    }
}
