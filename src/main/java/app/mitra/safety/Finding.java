package app.mitra.safety;

import java.util.List;

/**
 * One safety finding, exactly as the API shows it: which rule, how severe, what the person wrote
 * ({@code input}, the whole line) and what it was recognised as ({@code matched}), and the rule's
 * plain explanation, advice (never a dose), evidence level and sources.
 */
public record Finding(String ruleId, Severity severity, String category, String input, String matched, String title,
        String explanation, String advice, Evidence evidence, List<Source> sources) {

    public Finding {
        sources = List.copyOf(sources);
    }
}
