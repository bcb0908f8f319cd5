package app.mitra.safety.internal.guardrails;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.mitra.journal.Intake;
import app.mitra.safety.Finding;

/**
 * A dose more than {@code medianFraction} above the median of the person's own doses in the
 * {@code medianDays} before it. Needs {@code medianMinimumDoses} earlier doses: with fewer, "usual"
 * means nothing yet and nothing is said.
 */
public final class AboveRecentMedian implements Guardrail {

    public static final String RULE = "guardrail-above-recent-median";

    private final GuardrailBook.Rule rule;
    private final GuardrailProperties settings;

    public AboveRecentMedian(GuardrailBook book, GuardrailProperties settings) {
        this.rule = book.rule(RULE, Set.of("materialMg", "percent", "count", "days", "medianMg"));
        this.settings = settings;
    }

    @Override
    public Optional<Finding> check(Situation s) {
        List<Intake> earlier = s.history().intakes(s.dose().takenAt().minus(Duration.ofDays(settings.medianDays())),
                s.dose().takenAt());
        if (earlier.size() < settings.medianMinimumDoses()) {
            return Optional.empty();
        }
        long[] masses = earlier.stream().mapToLong(Intake::materialMg).sorted().toArray();
        int n = masses.length;
        double median = n % 2 == 1 ? masses[n / 2] : (masses[n / 2 - 1] + masses[n / 2]) / 2.0;
        double mass = s.dose().materialMg();
        if (mass <= median * (1 + settings.medianFraction())) {
            return Optional.empty();
        }
        long percent = Math.round((mass - median) / median * 100);
        return Optional.of(rule.finding(Map.of("materialMg", Numbers.mg(s.dose().materialMg()),
                "percent", Long.toString(percent), "count", Integer.toString(n),
                "days", Integer.toString(settings.medianDays()), "medianMg", Numbers.mg(Math.round(median)))));
    }
}
