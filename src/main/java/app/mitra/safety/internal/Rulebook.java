package app.mitra.safety.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The parsed, validated rulebook (src/main/resources/safety/rulebook.json). {@code knownDrugs} and
 * {@code knownConditions} are names recognised as having no known kratom interaction (canonical →
 * other names). Help lines live in their own file, read by {@link app.mitra.safety.HelpResources}.
 */
public record Rulebook(String version, LocalDate asOf, Map<String, String> evidenceLevels, List<Rule> rules,
        Map<String, List<String>> knownDrugs, Map<String, List<String>> knownConditions) {

    public Rulebook {
        evidenceLevels = Map.copyOf(evidenceLevels);
        rules = List.copyOf(rules);
        knownDrugs = Map.copyOf(knownDrugs);
        knownConditions = Map.copyOf(knownConditions);
    }
}
