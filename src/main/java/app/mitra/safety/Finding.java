package app.mitra.safety;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One safety finding, exactly as the API shows it: which rule, how severe, what the person wrote
 * ({@code input}, the whole line) and what it was recognised as ({@code matched}), the rule's plain
 * explanation, advice (never a dose), evidence level and sources, and {@code asOf}: the date the
 * rule's data was last reviewed (null only for findings stored before Mitra kept it).
 */
public record Finding(String ruleId, Severity severity, String category, String input, String matched, String title,
        String explanation, String advice, Evidence evidence, List<Source> sources,
        @Schema(description = "The date the rule's data was last reviewed; null only for a finding stored before"
                + " Mitra kept it.") LocalDate asOf) {

    public Finding {
        sources = List.copyOf(sources);
    }
}
