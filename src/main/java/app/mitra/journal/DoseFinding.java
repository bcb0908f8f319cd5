package app.mitra.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A safety finding on a dose, in the API's finding shape. The journal owns this record so it can
 * carry findings without depending on the safety module, which fills them in through {@link DoseChecks}.
 * The words are the ones the finding had for this dose; {@code id}, {@code state}, {@code count},
 * {@code firstSeenAt} and {@code lastSeenAt} are those of the one stored finding this dose raised or
 * updated (all null in a preview, where nothing is stored yet).
 */
public record DoseFinding(UUID id, String state, Integer count, Instant firstSeenAt, Instant lastSeenAt, String ruleId,
        String severity, String category, String input, String matched, String title, String explanation, String advice,
        String evidence, List<Source> sources, LocalDate asOf) {

    public DoseFinding {
        sources = List.copyOf(sources);
    }

    public record Source(String title, String url, Integer year) {
    }
}
