package app.mitra.safety.internal.guardrails;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.mitra.journal.Substance;
import app.mitra.journal.SubstanceUnit;
import app.mitra.safety.Finding;
import app.mitra.safety.Severity;

/**
 * Alcohol, a benzodiazepine, an opioid or another depressant logged within {@code depressantWindow}
 * before the dose. The strongest class wins (then the closest in time); its severity, evidence and
 * sources join the rule's.
 */
public final class RecentDepressant implements Guardrail {

    public static final String RULE = "guardrail-recent-depressant";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final GuardrailBook book;
    private final GuardrailBook.Rule rule;
    private final Depressants depressants;
    private final GuardrailProperties settings;

    public RecentDepressant(GuardrailBook book, Depressants depressants, GuardrailProperties settings) {
        this.book = book;
        this.rule = book.rule(RULE, Set.of("name", "substance", "time", "elapsed"));
        this.depressants = depressants;
        this.settings = settings;
    }

    private record Hit(Substance substance, Depressants.Match match) {
    }

    @Override
    public Optional<Finding> check(Situation s) {
        List<Substance> taken = s.history().substances(s.dose().takenAt().minus(settings.depressantWindow()),
                s.dose().takenAt());
        Optional<Hit> strongest = taken.stream()
                .flatMap(substance -> depressants.classify(substance).map(m -> new Hit(substance, m)).stream())
                .min(Comparator.comparing((Hit h) -> h.match().severity())
                        .thenComparing(h -> h.substance().takenAt(), Comparator.reverseOrder()));
        return strongest.map(hit -> finding(hit, s.dose().takenAt(), s.history().zone()));
    }

    private Finding finding(Hit hit, java.time.Instant doseAt, ZoneId zone) {
        Substance substance = hit.substance();
        String described = describe(substance);
        Map<String, String> values = Map.of("name", name(substance), "substance", described,
                "time", TIME.format(substance.takenAt().atZone(zone)),
                "elapsed", Numbers.elapsed(Duration.between(substance.takenAt(), doseAt), book));
        Severity severity = hit.match().severity();
        return rule.finding(values, described, hit.match().name(), severity, hit.match().evidence(),
                hit.match().depressant().sources());
    }

    private String name(Substance substance) {
        return substance.name() != null ? substance.name() : book.phrase("alcohol", Map.of());
    }

    /** "beer (2 standard drinks)", "Xanax (0.5 mg)", "alcohol": the entry as the person logged it. */
    private String describe(Substance substance) {
        if (substance.amount() == null) {
            return name(substance);
        }
        String amount = java.math.BigDecimal.valueOf(substance.amount()).stripTrailingZeros().toPlainString();
        String quantity = substance.unit() != SubstanceUnit.DRINKS
                ? book.phrase("amount", Map.of("amount", amount, "unit", substance.unit().symbol()))
                : book.phrase(substance.amount() == 1 ? "drink" : "drinks", Map.of("amount", amount));
        return book.phrase("nameAndAmount", Map.of("name", name(substance), "quantity", quantity));
    }
}
