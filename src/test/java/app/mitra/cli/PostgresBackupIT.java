package app.mitra.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import app.mitra.common.storage.PgDump;
import app.mitra.testing.PostgresServer;
import app.mitra.testing.TestDatabase.TestDirectories;

/** backup and restore on PostgreSQL run pg_dump and pg_restore; where they are not installed, this is skipped. */
class PostgresBackupIT {

    @Test
    void aPgDumpBackupRestoresIntoAnEmptyDatabaseAndNotOverAFullOne() throws IOException {
        assumeTrue(PgDump.installed(), "pg_dump and pg_restore are not on the PATH");
        String source = PostgresServer.createDatabase();
        String target = PostgresServer.createDatabase();
        Path dir = TestDirectories.create("pg-backup");
        String password = Files.writeString(dir.resolve("password"), "quiet-harbour-lantern-5521").toString();
        Path backup = dir.resolve("mitra.dump");
        try {
            Cli.run("create-admin", "robin", "--password-file", password, "--db-url", source);

            Cli.Result written = Cli.run("backup", "--to", backup.toString(), "--db-url", source);
            Cli.Result restored = Cli.run("restore", "--from", backup.toString(), "--db-url", target);
            Cli.Result refused = Cli.run("restore", "--from", backup.toString(), "--db-url", target);

            assertThat(written.exitCode()).as(written.toString()).isZero();
            assertThat(written.out()).startsWith("Backup written and verified: " + backup);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
            assertThat(restored.exitCode()).as(restored.toString()).isZero();
            assertThat(JdbcClient.create(new SingleConnectionDataSource(target, true))
                    .sql("select username from accounts_user").query(String.class).list()).containsExactly("robin");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("already holds Mitra's tables", "--force");
        } finally {
            PostgresServer.dropDatabase(source);
            PostgresServer.dropDatabase(target);
        }
    }
}
