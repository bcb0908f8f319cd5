package app.mitra.common.storage;

import java.nio.file.Path;
import java.util.List;

/**
 * A restored backup: the database that now holds it (a file, or a PostgreSQL database by name), what it
 * holds ("12 tables, 3456 rows"), and where the data it replaced was kept (empty when there was none).
 */
public record RestoreReport(String target, String summary, List<Path> kept) {

    public RestoreReport {
        kept = List.copyOf(kept);
    }
}
