package app.mitra.safety.internal.guardrails;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.mitra.journal.PlausibleAmounts;
import app.mitra.safety.Finding;

/**
 * An amount far outside what anyone takes at once for its form and unit (the journal's sourced bounds):
 * most likely a slip (500 g for 5.00 g), which would skew every total and chart, and if real an
 * emergency. The web app asks before saving; over the API the dose is stored and this finding raised.
 */
public final class AmountToCheck implements Guardrail {

    public static final String RULE = "guardrail-implausible-amount";

    private final GuardrailBook book;
    private final GuardrailBook.Rule rule;
    private final PlausibleAmounts amounts;

    public AmountToCheck(GuardrailBook book, PlausibleAmounts amounts) {
        this.book = book;
        this.rule = book.rule(RULE, Set.of("amount", "meant"));
        this.amounts = amounts;
    }

    @Override
    public Optional<Finding> check(Situation s) {
        return amounts.check(s.dose().form(), s.dose().unit(), s.dose().amount()).map(odd -> rule.finding(Map.of(
                "amount", odd.typed().toString(),
                "meant", odd.meant().map(m -> book.phrase("meant", Map.of("amount", m.toString()))).orElse(""))));
    }
}
