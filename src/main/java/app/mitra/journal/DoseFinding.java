package app.mitra.journal;

import java.util.List;

/**
 * A safety finding on a dose, in the API's finding shape. The journal owns this record so it can
 * carry findings without depending on the safety module, which fills them in through {@link DoseChecks}.
 */
public record DoseFinding(String ruleId, String severity, String category, String input, String matched, String title,
        String explanation, String advice, String evidence, List<Source> sources) {

    public DoseFinding {
        sources = List.copyOf(sources);
    }

    public record Source(String title, String url, Integer year) {
    }
}
