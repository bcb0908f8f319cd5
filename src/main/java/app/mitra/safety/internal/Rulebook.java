package app.mitra.safety.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The parsed, validated rulebook (src/main/resources/safety/rulebook.json). {@code knownDrugs} and
 * {@code knownConditions} are names recognised as having no known kratom interaction (canonical →
 * other names); {@code help} lists help lines per country code.
 */
public record Rulebook(String version, LocalDate asOf, Map<String, String> evidenceLevels, List<Rule> rules,
        Map<String, List<String>> knownDrugs, Map<String, List<String>> knownConditions,
        Map<String, List<HelpLine>> help) {

    /** A help line: who, how to reach them, and when it is for. */
    public record HelpLine(String name, String contact, String when, String url) {
    }

    public Rulebook {
        evidenceLevels = Map.copyOf(evidenceLevels);
        rules = List.copyOf(rules);
        knownDrugs = Map.copyOf(knownDrugs);
        knownConditions = Map.copyOf(knownConditions);
        help = Map.copyOf(help);
    }
}
