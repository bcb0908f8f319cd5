package app.mitra.common.storage;

import java.nio.file.Path;

/**
 * The database Mitra runs on, chosen by one URL: SQLite in the data directory unless
 * {@code MITRA_DB_URL} names a PostgreSQL database. Any other URL fails at start-up instead of
 * silently creating an empty database somewhere else.
 */
public record Database(Dialect dialect, String jdbcUrl) {

    /** Durability and concurrency settings every SQLite connection gets. */
    static final String SQLITE_PRAGMAS = "journal_mode=WAL&synchronous=FULL&foreign_keys=on&busy_timeout=10000"
            + "&transaction_mode=IMMEDIATE";

    public enum Dialect { SQLITE, POSTGRESQL }

    public static Database resolve(String configuredUrl, Path dataDir) {
        if (configuredUrl == null || configuredUrl.isBlank()) {
            return sqlite(dataDir.resolve("mitra.db").toAbsolutePath().toString());
        }
        String url = configuredUrl.trim();
        if (url.startsWith("jdbc:postgresql://")) {
            return new Database(Dialect.POSTGRESQL, url);
        }
        if (url.startsWith("jdbc:sqlite:")) {
            String rest = url.substring("jdbc:sqlite:".length());
            int query = rest.indexOf('?');
            return sqlite(query < 0 ? rest : rest.substring(0, query));
        }
        throw new UnsupportedDatabaseUrlException(url);
    }

    private static Database sqlite(String file) {
        if (file.isBlank() || file.equals(":memory:")) {
            throw new UnsupportedDatabaseUrlException("jdbc:sqlite:" + file);
        }
        return new Database(Dialect.SQLITE, "jdbc:sqlite:" + file + "?" + SQLITE_PRAGMAS);
    }

    public boolean isSqlite() {
        return dialect == Dialect.SQLITE;
    }

    /** The SQLite database file; only for SQLite. */
    public Path sqliteFile() {
        if (!isSqlite()) {
            throw new IllegalStateException("not a SQLite database");
        }
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        return Path.of(rest.substring(0, rest.indexOf('?')));
    }

    /** Flyway's migration folder for this database. */
    public String migrationLocation() {
        return "classpath:db/migration/" + (isSqlite() ? "sqlite" : "postgresql");
    }

    /** The URL with any password in it replaced by stars: safe to print and log. */
    public static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1****").replaceAll("//([^:/@]+):[^@/]*@", "//$1:****@");
    }
}
