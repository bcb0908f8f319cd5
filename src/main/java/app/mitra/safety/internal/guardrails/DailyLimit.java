package app.mitra.safety.internal.guardrails;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.mitra.journal.Intake;
import app.mitra.safety.Finding;

/** The day's total, this dose included, above the daily limit the person set (days in their zone). */
public final class DailyLimit implements Guardrail {

    public static final String RULE = "guardrail-daily-limit";

    private final GuardrailBook.Rule rule;

    public DailyLimit(GuardrailBook book) {
        this.rule = book.rule(RULE, Set.of("totalMg", "limitMg"));
    }

    @Override
    public Optional<Finding> check(Situation s) {
        Integer limit = s.profile().dailyLimitMg();
        if (limit == null) {
            return Optional.empty();
        }
        ZoneId zone = s.history().zone();
        LocalDate day = s.dose().takenAt().atZone(zone).toLocalDate();
        long total = s.dose().materialMg() + s.history()
                .intakes(Numbers.startOf(day, zone), Numbers.startOf(day.plusDays(1), zone)).stream()
                .mapToLong(Intake::materialMg).sum();
        if (total <= limit) {
            return Optional.empty();
        }
        return Optional.of(rule.finding(Map.of("totalMg", Numbers.mg(total), "limitMg", Numbers.mg(limit))));
    }
}
