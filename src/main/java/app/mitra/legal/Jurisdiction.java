package app.mitra.legal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One row of the legal data, exactly as researched: codes are ISO 3166 ({@code US-TX}) or
 * {@code US-<ST>-<PLACE>} for a county or city; {@code parent} links it up the hierarchy. Dates may have
 * reduced precision. {@code priorStatus} is what applied before {@code effectiveDate}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Jurisdiction(String code, String name, Level level, String parent, LegalStatus status, Integer minAge,
        String regulationNotes, SevenOh sevenOh, String sevenOhNote, String effectiveDate, String effectiveDateNote,
        LegalStatus priorStatus, String banScope, String asOf, String confidence, List<String> flags, List<String> conflicts,
        List<PendingChange> pendingChanges, List<LegalSource> sources) {

    public Jurisdiction {
        flags = flags == null ? List.of() : List.copyOf(flags);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        pendingChanges = pendingChanges == null ? List.of() : List.copyOf(pendingChanges);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean flagged(String flag) {
        return flags.contains(flag);
    }
}
