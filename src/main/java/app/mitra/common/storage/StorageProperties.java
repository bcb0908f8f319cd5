package app.mitra.common.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Mitra keeps its data: {@code MITRA_DATA_DIR} (default {@code ./data}) and, optionally,
 * {@code MITRA_DB_URL} for PostgreSQL.
 */
@ConfigurationProperties(prefix = "mitra")
public record StorageProperties(Path dataDir, String dbUrl) {

    public StorageProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
