package app.mitra.safety.internal.guardrails;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.mitra.journal.DoseChecks;
import app.mitra.journal.DoseFinding;
import app.mitra.journal.DoseHistory;
import app.mitra.journal.PlausibleAmounts;
import app.mitra.journal.ProposedDose;
import app.mitra.safety.Evidence;
import app.mitra.safety.Finding;
import app.mitra.safety.Findings;
import app.mitra.safety.HealthProfiles;
import app.mitra.safety.Severity;
import app.mitra.safety.Source;
import app.mitra.safety.StoredFinding;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dose guardrails, as the journal's {@link DoseChecks}: every policy looks at the proposed dose
 * and the person's journal; what they find is shown before saving and kept with the dose once saved.
 * The data files are read and checked when this is built, so a broken file stops start-up.
 */
@Component
class DoseGuardrails implements DoseChecks {

    /**
     * Rules that describe a state lasting over days rather than one event: while a run of them goes on,
     * a person who has read the finding is not asked again at every dose.
     */
    private static final Set<String> ONGOING = Set.of(ConsecutiveDays.RULE);
    private static final Set<String> FROM_SIZE_ALONE = Set.of(AboveRecentMedian.RULE, DailyLimit.RULE);

    private final List<Guardrail> guardrails;
    private final HealthProfiles profiles;
    private final Findings findings;

    DoseGuardrails(JsonMapper json, GuardrailProperties settings, HealthProfiles profiles, Findings findings,
            PlausibleAmounts amounts) {
        this.guardrails = all(GuardrailBook.load(json), Depressants.load(json), settings, amounts);
        this.profiles = profiles;
        this.findings = findings;
    }

    /** Every guardrail, in the order their findings are shown. */
    static List<Guardrail> all(GuardrailBook book, Depressants depressants, GuardrailProperties settings,
            PlausibleAmounts amounts) {
        return List.of(new AmountToCheck(book, amounts), new RecentDepressant(book, depressants, settings),
                new DailyLimit(book), new DosesPerDay(book), new AboveRecentMedian(book, settings),
                new ConsecutiveDays(book, settings), new FirstDose(book));
    }

    @Override
    public List<DoseFinding> preview(UUID userId, ProposedDose dose, DoseHistory history) {
        return check(userId, dose, history).stream().map(f -> forJournal(null, f)).toList();
    }

    @Override
    public void record(UUID userId, ProposedDose dose, List<DoseFinding> found) {
        findings.recordForDose(userId, dose.id(), dose.takenAt(), found.stream()
                .map(f -> new Findings.Raised(fromJournal(f), ONGOING.contains(f.ruleId()))).toList());
    }

    @Override
    public void forget(UUID userId, UUID doseId) {
        findings.forgetDose(userId, doseId);
    }

    @Override
    public Map<UUID, List<DoseFinding>> recorded(UUID userId, Collection<UUID> doseIds) {
        return findings.forDoses(userId, doseIds).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(stored -> forJournal(stored, stored.finding())).toList()));
    }

    private List<Finding> check(UUID userId, ProposedDose dose, DoseHistory history) {
        Guardrail.Situation situation = new Guardrail.Situation(dose, history, profiles.get(userId));
        List<Finding> found = guardrails.stream().map(g -> g.check(situation)).flatMap(Optional::stream).toList();
        // An amount far outside what anyone takes is most likely a slip: what follows from its size alone
        // ("more than you usually take", "above your daily limit") would only repeat the slip in other words.
        boolean slip = found.stream().anyMatch(f -> f.ruleId().equals(AmountToCheck.RULE));
        return slip ? found.stream().filter(f -> !FROM_SIZE_ALONE.contains(f.ruleId())).toList() : found;
    }

    static Finding fromJournal(DoseFinding f) {
        return new Finding(f.ruleId(), Severity.of(f.severity()), f.category(), f.input(), f.matched(), f.title(),
                f.explanation(), f.advice(), Evidence.of(f.evidence()),
                f.sources().stream().map(s -> new Source(s.title(), s.url(), s.year())).toList(), f.asOf());
    }

    /** The finding in the journal's shape, with its stored finding's id, state and counts once there is one. */
    static DoseFinding forJournal(StoredFinding stored, Finding f) {
        return new DoseFinding(stored == null ? null : stored.id(), stored == null ? null : stored.state().name(),
                stored == null ? null : stored.count(), stored == null ? null : stored.firstSeenAt(),
                stored == null ? null : stored.lastSeenAt(), f.ruleId(), f.severity().code(), f.category(), f.input(),
                f.matched(), f.title(), f.explanation(), f.advice(), f.evidence().code(),
                f.sources().stream().map(s -> new DoseFinding.Source(s.title(), s.url(), s.year())).toList(), f.asOf());
    }
}
