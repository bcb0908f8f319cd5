package app.mitra.reports.internal.imports;

import java.util.Arrays;
import java.util.Optional;

/** The formats {@code POST /api/v1/import?format=} takes, by their names in API.md. */
public enum ImportFormat {
    MITRA_JSON("mitra-json"),
    MITRA_CSV("mitra-csv"),
    PSYCHONAUTWIKI_JOURNAL("psychonautwiki-journal"),
    BEARABLE_CSV("bearable-csv"),
    HERBAL_TRACKER("herbal-tracker"),
    DAYLIO_CSV("daylio-csv");

    private final String wireName;

    ImportFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ImportFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }
}
