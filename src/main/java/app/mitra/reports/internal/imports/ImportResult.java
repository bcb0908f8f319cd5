package app.mitra.reports.internal.imports;

import java.time.Instant;
import java.util.List;

/**
 * The answer to an import (API.md: {@code imported, skipped, errors}), or what a preview finds:
 * {@code imported} counts every record stored (or that would be), {@code skipped} the records left
 * out, each with its line and why in {@code skippedLines}; {@code counts} by kind and the first rows
 * are for the preview. {@code errors} is empty here: a file with errors is refused whole.
 */
public record ImportResult(int imported, int skipped, List<LineError> errors, List<LineError> skippedLines,
        Counts counts, List<PreviewRow> firstRows) {

    public record Counts(int products, int checkIns, int doses, int substances, int withdrawals, int notes,
            int profile, int taper) {

        /** The kinds the file holds, most common first in a person's journal, with how many of each. */
        public java.util.Map<String, Integer> byKind() {
            java.util.Map<String, Integer> kinds = new java.util.LinkedHashMap<>();
            kinds.put("doses", doses);
            kinds.put("checkIns", checkIns);
            kinds.put("substances", substances);
            kinds.put("withdrawals", withdrawals);
            kinds.put("notes", notes);
            kinds.put("products", products);
            kinds.put("profile", profile);
            kinds.put("taper", taper);
            kinds.values().removeIf(n -> n == 0);
            return kinds;
        }
    }

    /** One record as the preview lists it: its line, its kind, when, and its main figure in the file's words. */
    public record PreviewRow(int line, String kind, Instant takenAt, String detail) {
    }
}
