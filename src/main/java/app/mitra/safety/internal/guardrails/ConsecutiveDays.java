package app.mitra.safety.internal.guardrails;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import app.mitra.safety.Finding;

/**
 * Use on {@code consecutiveDays} or more days in a row, the dose's own day included (days in the
 * person's zone). The streak is counted back up to a year, so the finding can say how long it is.
 */
public final class ConsecutiveDays implements Guardrail {

    public static final String RULE = "guardrail-consecutive-days";
    static final int LOOK_BACK_DAYS = 366;

    private final GuardrailBook.Rule rule;
    private final GuardrailProperties settings;

    public ConsecutiveDays(GuardrailBook book, GuardrailProperties settings) {
        this.rule = book.rule(RULE, Set.of("days"));
        this.settings = settings;
    }

    @Override
    public Optional<Finding> check(Situation s) {
        ZoneId zone = s.history().zone();
        LocalDate day = s.dose().takenAt().atZone(zone).toLocalDate();
        // Only the last N-1 days decide whether the rule fires; the longer look back is for the count.
        Set<LocalDate> recent = usedOn(s, day.minusDays(settings.consecutiveDays() - 1L), day, zone);
        int streak = streak(recent, day, settings.consecutiveDays());
        if (streak < settings.consecutiveDays()) {
            return Optional.empty();
        }
        streak = streak(usedOn(s, day.minusDays(LOOK_BACK_DAYS), day, zone), day, LOOK_BACK_DAYS);
        return Optional.of(rule.finding(Map.of("days", Integer.toString(streak))));
    }

    private static Set<LocalDate> usedOn(Situation s, LocalDate from, LocalDate day, ZoneId zone) {
        return s.history().intakes(Numbers.startOf(from, zone), Numbers.startOf(day, zone)).stream()
                .map(d -> d.takenAt().atZone(zone).toLocalDate()).collect(Collectors.toSet());
    }

    /** Days in a row ending on {@code day} (which has this dose), counting at most {@code cap}. */
    private static int streak(Set<LocalDate> used, LocalDate day, int cap) {
        int streak = 1;
        while (streak < cap && used.contains(day.minusDays(streak))) {
            streak++;
        }
        return streak;
    }
}
