package app.mitra.common.storage;

import java.nio.file.Path;
import java.util.Properties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Mitra keeps its data: {@code MITRA_DATA_DIR} (default {@code ./data}) and, optionally,
 * {@code MITRA_DB_URL} for PostgreSQL, with its user and password either in the URL or apart
 * ({@code MITRA_DB_USER}, {@code MITRA_DB_PASSWORD}, or {@code MITRA_DB_PASSWORD_FILE}), and
 * whether migrations run at start ({@code MITRA_MIGRATE=auto}) or only by the {@code migrate} command.
 */
@ConfigurationProperties(prefix = "mitra")
public record StorageProperties(Path dataDir, String dbUrl, String dbUser, String dbPassword, Migrate migrate) {

    public enum Migrate { AUTO, MANUAL }

    public StorageProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        migrate = migrate == null ? Migrate.AUTO : migrate;
    }

    public Database database() {
        return Database.resolve(dbUrl, dataDir);
    }

    /** The user and password given apart from the URL, for the JDBC driver. */
    public Properties credentials() {
        Properties credentials = new Properties();
        if (dbUser != null && !dbUser.isBlank()) {
            credentials.setProperty("user", dbUser);
        }
        if (dbPassword != null && !dbPassword.isEmpty()) {
            credentials.setProperty("password", dbPassword);
        }
        return credentials;
    }
}
