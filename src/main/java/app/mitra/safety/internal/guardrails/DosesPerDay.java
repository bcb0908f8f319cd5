package app.mitra.safety.internal.guardrails;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.mitra.safety.Finding;

/** More doses in the day, this one included, than the person's own maximum (days in their zone). */
public final class DosesPerDay implements Guardrail {

    public static final String RULE = "guardrail-doses-per-day";

    private final GuardrailBook.Rule rule;

    public DosesPerDay(GuardrailBook book) {
        this.rule = book.rule(RULE, Set.of("count", "max"));
    }

    @Override
    public Optional<Finding> check(Situation s) {
        Integer max = s.profile().maxDosesPerDay();
        if (max == null) {
            return Optional.empty();
        }
        ZoneId zone = s.history().zone();
        LocalDate day = s.dose().takenAt().atZone(zone).toLocalDate();
        int count = 1 + s.history().intakes(Numbers.startOf(day, zone), Numbers.startOf(day.plusDays(1), zone)).size();
        if (count <= max) {
            return Optional.empty();
        }
        return Optional.of(rule.finding(Map.of("count", Integer.toString(count), "max", Integer.toString(max))));
    }
}
