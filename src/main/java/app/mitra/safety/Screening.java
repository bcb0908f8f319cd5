package app.mitra.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import app.mitra.safety.internal.NameMatcher;
import app.mitra.safety.internal.NameMatcher.Scope;
import app.mitra.safety.internal.Rule;
import app.mitra.safety.internal.Rulebook;

/**
 * Screens what a person wrote (age, conditions, medicines, other substances) against the rulebook.
 * Stateless and fast: the rulebook is indexed once at start-up. Drug and substance rules read the
 * medicines and substances; condition rules read the conditions only, so slang such as "the blues"
 * in a condition never becomes a drug.
 */
@Service
public class Screening {

    private final Rulebook rulebook;
    private final NameMatcher matcher;

    Screening(Rulebook rulebook, NameMatcher matcher) {
        this.rulebook = rulebook;
        this.matcher = matcher;
    }

    public String rulebookVersion() {
        return rulebook.version();
    }

    public LocalDate rulebookAsOf() {
        return rulebook.asOf();
    }

    public ScreeningResult check(HealthProfile profile) {
        return check(profile.age(), profile.conditions(), profile.medications(), profile.substances());
    }

    public ScreeningResult check(Integer age, List<String> conditions, List<String> medications,
            List<String> substances) {
        List<Finding> findings = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<String> unrecognised = new ArrayList<>();
        if (age != null) {
            for (Rule rule : rulebook.rules()) {
                if (rule.age() != null && rule.age().applies(age)) {
                    findings.add(finding(rule, String.valueOf(age), rule.age().label(), rulebook.asOf()));
                }
            }
        }
        screen(conditions, Scope.CONDITIONS, findings, checked, unrecognised);
        screen(medications, Scope.DRUGS, findings, checked, unrecognised);
        screen(substances, Scope.DRUGS, findings, checked, unrecognised);
        // A stable sort: within a severity, findings keep the order the person wrote things in.
        findings.sort(Comparator.comparing(Finding::severity));
        return new ScreeningResult(rulebook.version(), findings, checked, unrecognised);
    }

    private void screen(List<String> lines, Scope scope, List<Finding> findings, List<String> checked,
            List<String> unrecognised) {
        if (lines == null) {
            return;
        }
        for (String line : lines) {
            if (line == null || line.isBlank()) {
                continue;
            }
            NameMatcher.Line match = matcher.match(line, scope);
            for (NameMatcher.Hit hit : match.hits()) {
                findings.add(finding(hit.rule(), line, hit.matched(), rulebook.asOf()));
            }
            if (match.hits().isEmpty()) {
                (match.known() ? checked : unrecognised).add(line);
            }
        }
    }

    private static Finding finding(Rule rule, String input, String matched, LocalDate asOf) {
        return new Finding(rule.id(), rule.severity(), rule.category(), input, matched, rule.title(),
                rule.explanation(), rule.advice(), rule.evidence(), rule.sources(), asOf);
    }
}
