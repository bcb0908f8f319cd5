package app.mitra.safety.internal;

import java.util.List;
import java.util.Map;

import app.mitra.safety.Evidence;
import app.mitra.safety.Severity;
import app.mitra.safety.Source;

/**
 * One rule of the rulebook: what it applies to ({@code names}: canonical name → other names people
 * write for it, brands and common misspellings included), what must not count as a match
 * ({@code exclusions}), an optional age criterion, and what Mitra says when it fires.
 */
public record Rule(String id, String category, Kind kind, String title, Severity severity,
        Map<String, List<String>> names, List<String> exclusions, AgeCriteria age, String mechanism, String effect,
        String advice, Evidence evidence, List<Source> sources, String notes) {

    /** What a rule is about; it decides which profile fields the rule reads. */
    public enum Kind {
        DRUG, DRUG_CLASS, SUBSTANCE, CONDITION;

        /** Condition rules read the conditions field only; the others read medications and substances. */
        public boolean readsConditions() {
            return this == CONDITION;
        }
    }

    /** "Under {@code below}" or "{@code atLeast} or older"; {@code label} is what {@code matched} shows. */
    public record AgeCriteria(Integer below, Integer atLeast, String label) {

        public boolean applies(int age) {
            return (below == null || age < below) && (atLeast == null || age >= atLeast);
        }
    }

    public Rule {
        names = Map.copyOf(names);
        exclusions = List.copyOf(exclusions);
        sources = List.copyOf(sources);
    }

    /** The explanation a finding shows: how the combination works, then what it can do. */
    public String explanation() {
        return mechanism + " " + effect;
    }
}
