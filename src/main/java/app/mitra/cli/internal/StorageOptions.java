package app.mitra.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** Where the data is, for commands that touch it; by default from MITRA_DATA_DIR and MITRA_DB_URL. */
class StorageOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The data directory (default: MITRA_DATA_DIR, else ./data).")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "URL", description = "The database URL (default: MITRA_DB_URL, else SQLite in the data directory).")
    String dbUrl;

    /** As Spring arguments, which outrank the environment. */
    List<String> springArguments() {
        List<String> arguments = new ArrayList<>();
        if (dataDir != null) {
            arguments.add("--mitra.data-dir=" + dataDir);
        }
        if (dbUrl != null) {
            arguments.add("--mitra.db-url=" + dbUrl);
        }
        return arguments;
    }
}
