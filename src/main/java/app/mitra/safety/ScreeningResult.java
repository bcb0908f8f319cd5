package app.mitra.safety;

import java.util.List;

/**
 * What screening found: the findings, strongest first; the lines recognised as having no known
 * kratom interaction ({@code checked}); and the lines not recognised at all ({@code unrecognised}),
 * so nobody believes an unknown medicine was checked.
 */
public record ScreeningResult(String rulebookVersion, List<Finding> findings, List<String> checked,
        List<String> unrecognised) {

    public ScreeningResult {
        findings = List.copyOf(findings);
        checked = List.copyOf(checked);
        unrecognised = List.copyOf(unrecognised);
    }
}
