package app.mitra.safety.internal.guardrails;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.mitra.safety.Finding;

/** No other dose in the journal: start low, go slow (a note, not a warning). */
public final class FirstDose implements Guardrail {

    public static final String RULE = "guardrail-first-use";

    private final GuardrailBook.Rule rule;

    public FirstDose(GuardrailBook book) {
        this.rule = book.rule(RULE, Set.of("materialMg"));
    }

    @Override
    public Optional<Finding> check(Situation s) {
        if (s.history().anyOtherDose()) {
            return Optional.empty();
        }
        return Optional.of(rule.finding(Map.of("materialMg", Numbers.mg(s.dose().materialMg()))));
    }
}
