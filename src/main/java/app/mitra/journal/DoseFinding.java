package app.mitra.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A safety finding on a dose, in the API's finding shape. The journal owns this record so it can
 * carry findings without depending on the safety module, which fills them in through {@link DoseChecks}.
 * The words are the ones the finding had for this dose; {@code id}, {@code state}, {@code count},
 * {@code firstSeenAt} and {@code lastSeenAt} are those of the one stored finding this dose raised or
 * updated (all null in a preview, where nothing is stored yet).
 */
public record DoseFinding(
        @Schema(description = "The stored finding this dose raised or updated (GET /api/v1/safety/findings); null in a"
                + " preview.") UUID id,
        @Schema(description = "NEW or ACKNOWLEDGED; null in a preview.") String state,
        @Schema(description = "How many doses raised this finding, this one included; null in a preview.") Integer count,
        @Schema(description = "When the first dose that raised it was taken; null in a preview.") Instant firstSeenAt,
        @Schema(description = "When the latest dose that raised it was taken; null in a preview.") Instant lastSeenAt,
        String ruleId, String severity, String category, String input, String matched,
        @Schema(description = "The title as it was for this dose.") String title,
        @Schema(description = "What was observed for this dose, and why it matters.") String explanation,
        String advice, String evidence, List<Source> sources,
        @Schema(description = "The date the rule was last reviewed.") LocalDate asOf) {

    public DoseFinding {
        sources = List.copyOf(sources);
    }

    public record Source(String title, String url, Integer year) {
    }
}
