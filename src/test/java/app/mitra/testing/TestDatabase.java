package app.mitra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import app.mitra.common.Ids;
import app.mitra.common.storage.Database;

/**
 * A throwaway database of either kind, chosen by URL exactly as Mitra chooses it: a SQLite file
 * under {@code target/} or a fresh database on the shared PostgreSQL server. Closing it removes it.
 * Use with {@link OnBothDatabases} so a test runs once per kind.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { SQLITE, POSTGRESQL }

    private final Kind kind;
    private final String url;
    private final Path directory;
    private final HikariDataSource dataSource;

    private TestDatabase(Kind kind, String url, Path directory) {
        this.kind = kind;
        this.url = url;
        this.directory = directory;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(Database.resolve(url, directory).jdbcUrl());
        config.setMaximumPoolSize(4);
        this.dataSource = new HikariDataSource(config);
    }

    public static TestDatabase create(Kind kind) {
        if (kind == Kind.POSTGRESQL) {
            return new TestDatabase(kind, PostgresServer.createDatabase(), null);
        }
        Path directory = TestDirectories.create("sqlite");
        return new TestDatabase(kind, "jdbc:sqlite:" + directory.resolve("mitra.db"), directory);
    }

    /** Both kinds, migrated to the latest schema: the source of {@link OnBothDatabases}. */
    public static Stream<TestDatabase> migrated() {
        return Stream.of(Kind.values()).map(TestDatabase::create).peek(TestDatabase::migrate);
    }

    public Flyway flyway() {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/" + (kind == Kind.SQLITE ? "sqlite" : "postgresql"))
                .load();
    }

    public TestDatabase migrate() {
        flyway().migrate();
        return this;
    }

    public Kind kind() {
        return kind;
    }

    /** The URL as MITRA_DB_URL would carry it. */
    public String url() {
        return url;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /**
     * A new account, whose id a test may use for its rows: the database refuses rows of accounts that do
     * not exist (migration V12).
     */
    public UUID person() {
        UUID id = Ids.newId();
        jdbc().sql("insert into accounts_user (id, username, password_hash, roles, time_zone, created_at)"
                + " values (:id, :username, 'not a hash', 'person', 'UTC', 0)")
                .param("id", id.toString()).param("username", "p-" + id).update();
        return id;
    }

    @Override
    public void close() {
        dataSource.close();
        if (kind == Kind.POSTGRESQL) {
            PostgresServer.dropDatabase(url);
        } else {
            try {
                FileSystemUtils.deleteRecursively(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String toString() {
        return kind == Kind.SQLITE ? "SQLite" : "PostgreSQL";
    }

    /** Directories for throwaway data, under target/ so {@code mvn clean} removes what a killed run left. */
    public static final class TestDirectories {

        private TestDirectories() {
        }

        public static Path create(String prefix) {
            try {
                Path root = Files.createDirectories(Path.of("target", "test-data").toAbsolutePath());
                return Files.createTempDirectory(root, prefix + "-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
