package app.mitra.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import app.mitra.common.storage.PgDump;
import app.mitra.testing.PostgresServer;
import app.mitra.testing.TestDatabase.TestDirectories;

/** backup and restore on PostgreSQL run pg_dump and pg_restore; where they are not installed, this is skipped. */
class PostgresBackupIT {

    @Test
    void aPgDumpBackupRestoresIntoAnEmptyDatabaseAndOverAFullOneOnlyWithForceKeepingAVerifiedDump()
            throws IOException {
        assumeTrue(PgDump.installed(), "pg_dump and pg_restore are not on the PATH");
        String source = PostgresServer.createDatabase();
        String target = PostgresServer.createDatabase();
        Path dir = TestDirectories.create("pg-backup");
        String password = Files.writeString(dir.resolve("password"), "quiet-harbour-lantern-5521").toString();
        Path backup = dir.resolve("mitra.dump");
        Path backups = dir.resolve("backups");
        try {
            Cli.run("create-admin", "robin", "--password-file", password, "--db-url", source);

            Cli.Result written = Cli.run("backup", "--to", backup.toString(), "--db-url", source);
            Cli.Result restored = Cli.run("restore", "--from", backup.toString(), "--db-url", target);
            Cli.run("create-admin", "sasha", "--password-file", password, "--db-url", target);
            Cli.Result refused = Cli.run("restore", "--from", backup.toString(), "--db-url", target);

            assertThat(written.exitCode()).as(written.toString()).isZero();
            assertThat(written.out()).startsWith("Backup written and verified: " + backup);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
            assertThat(restored.exitCode()).as(restored.toString()).isZero();
            assertThat(restored.out()).startsWith("Restored the backup " + backup + " into PostgreSQL database ")
                    .doesNotContain("kept");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("already holds Mitra's tables", "--force");
            assertThat(usernames(target)).containsExactlyInAnyOrder("robin", "sasha");

            Cli.Result forced = Cli.run("restore", "--from", backup.toString(), "--db-url", target, "--force",
                    "--data-dir", dir.toString());

            assertThat(forced.exitCode()).as(forced.toString()).isZero();
            assertThat(usernames(target)).containsExactly("robin");
            List<Path> kept;
            try (var files = Files.list(backups)) {
                kept = files.toList();
            }
            assertThat(kept).singleElement().satisfies(dump -> {
                assertThat(dump.getFileName().toString()).startsWith("before-restore-").endsWith(".dump");
                assertThat(forced.out()).contains("The data it replaced is kept in: " + dump);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dump))).isEqualTo("rw-------");
            });
            Cli.Result back = Cli.run("restore", "--from", kept.get(0).toString(), "--db-url", target, "--force",
                    "--data-dir", dir.toString());
            assertThat(back.exitCode()).as(back.toString()).isZero();
            assertThat(usernames(target)).as("the kept dump restores what was replaced")
                    .containsExactlyInAnyOrder("robin", "sasha");
        } finally {
            PostgresServer.dropDatabase(source);
            PostgresServer.dropDatabase(target);
        }
    }

    private static List<String> usernames(String url) {
        SingleConnectionDataSource connection = new SingleConnectionDataSource(url, true);
        try {
            return JdbcClient.create(connection).sql("select username from accounts_user").query(String.class).list();
        } finally {
            connection.destroy();
        }
    }
}
