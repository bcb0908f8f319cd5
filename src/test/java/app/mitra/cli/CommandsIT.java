package app.mitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import app.mitra.accounts.internal.Secrets;
import app.mitra.testing.StoredPasskey;
import app.mitra.testing.TestDatabase.TestDirectories;

/** Each command as an operator uses it, in this JVM, on a SQLite data directory of its own. */
class CommandsIT {

    private static final String PASSWORD = "quiet-harbour-lantern-5521";

    private final Path data = TestDirectories.create("cli");

    @Test
    void migrateCreatesTheSchemaAndThenHasNothingToDo() {
        Cli.Result first = Cli.run("migrate", "--data-dir", data.toString());
        Cli.Result second = Cli.run("migrate", "--data-dir", data.toString());

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).startsWith("Migrated the database from schema version none to ");
        assertThat(second.out()).startsWith("The database is up to date (schema version ");
    }

    @Test
    void createAdminMakesAnAdminWhateverTheSignUpRuleAndResetPasswordReplacesTheHash() throws IOException {
        Cli.Result created = Cli.run("create-admin", "robin", "--password-file", passwordFile(PASSWORD), "--data-dir",
                data.toString());
        String hashBefore = jdbc().sql("select password_hash from accounts_user where username = 'robin'")
                .query(String.class).single();
        Cli.Result reset = Cli.run("reset-password", "robin", "--password-file", passwordFile("another-" + PASSWORD),
                "--data-dir", data.toString());

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).contains("Created robin as an admin");
        assertThat(jdbc().sql("select roles from accounts_user where username = 'robin'").query(String.class).single())
                .contains("admin");
        assertThat(reset.exitCode()).as(reset.toString()).isZero();
        assertThat(jdbc().sql("select password_hash from accounts_user where username = 'robin'").query(String.class)
                .single()).isNotEqualTo(hashBefore);
    }

    @Test
    void resetPasswordEndsTokensAndSessionsAndLiftsASignInBlock() throws IOException {
        Cli.run("create-admin", "robin", "--password-file", passwordFile(PASSWORD), "--data-dir", data.toString());
        String id = jdbc().sql("select id from accounts_user where username = 'robin'").query(String.class).single();
        jdbc().sql("insert into accounts_token (user_id, id, name, token_hash, created_at) values (:user,"
                + " '0190a000-0000-7000-8000-0000000000aa', 'lost phone', 'hash', 0)").param("user", id).update();
        String robin = Secrets.hash("username:robin");
        jdbc().sql("insert into accounts_throttle (key, username_hash, failures, window_start, blocked_until, blocks,"
                + " updated_at) values (:key, :hash, 0, 0, :later, 1, 0)").param("key", "pair:" + robin + "|203.0.113.5")
                .param("hash", robin).param("later", System.currentTimeMillis() + 3_600_000).update();

        Cli.Result reset = Cli.run("reset-password", "robin", "--password-file", passwordFile("another-" + PASSWORD),
                "--data-dir", data.toString());

        assertThat(reset.exitCode()).as(reset.toString()).isZero();
        assertThat(reset.out()).contains("API tokens have ended").contains("sign-in is open again");
        assertThat(jdbc().sql("select count(*) from accounts_token").query(Long.class).single()).isZero();
        assertThat(jdbc().sql("select count(*) from accounts_throttle").query(Long.class).single()).isZero();
        assertThat(jdbc().sql("select type from accounts_security_event where user_id = :user").param("user", id)
                .query(String.class).list()).containsExactly("PASSWORD_CHANGED");
    }

    @Test
    void resetSecondFactorRemovesTheAppRecoveryCodesPasskeysAndSessionsOfThatAccountOnly() throws IOException {
        Cli.run("create-admin", "robin", "--password-file", passwordFile(PASSWORD), "--data-dir", data.toString());
        Cli.run("create-admin", "kim", "--password-file", passwordFile("other-" + PASSWORD), "--data-dir", data.toString());
        for (String name : new String[] { "robin", "kim" }) {
            String id = jdbc().sql("select id from accounts_user where username = :name").param("name", name)
                    .query(String.class).single();
            jdbc().sql("insert into accounts_totp (user_id, secret, created_at, confirmed_at) values (:id, 'ABCD', 0, 0)")
                    .param("id", id).update();
            jdbc().sql("insert into accounts_recovery_code (user_id, code_hash, created_at) values (:id, :hash, 0)")
                    .param("id", id).param("hash", "hash-" + name).update();
            StoredPasskey.insert(jdbc(), UUID.fromString(id), "Phone");
            jdbc().sql("""
                    insert into accounts_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time, principal_name) values (:id, :id, 0, 0, 60, 0, :name)""")
                    .param("id", id).param("name", name).update();
        }

        Cli.Result reset = Cli.run("reset-second-factor", "Robin", "--data-dir", data.toString());
        Cli.Result unknown = Cli.run("reset-second-factor", "nobody", "--data-dir", data.toString());

        assertThat(reset.exitCode()).as(reset.toString()).isZero();
        assertThat(reset.out()).contains("Removed the second factors of Robin");
        for (String table : new String[] { "accounts_totp", "accounts_recovery_code", "accounts_passkey_user",
                "accounts_passkey" }) {
            assertThat(jdbc().sql("select count(*) from " + table + " t join accounts_user u on u.id = t.user_id"
                    + " where u.username = :name").param("name", "robin").query(Integer.class).single())
                    .as(table + " of robin").isZero();
            assertThat(jdbc().sql("select count(*) from " + table + " t join accounts_user u on u.id = t.user_id"
                    + " where u.username = :name").param("name", "kim").query(Integer.class).single())
                    .as(table + " of kim").isOne();
        }
        assertThat(jdbc().sql("select principal_name from accounts_session").query(String.class).list())
                .containsExactly("kim");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("mitra reset-second-factor: account nobody not found");
    }

    @Test
    void createAdminWithoutAPasswordPromotesAnExistingAccount() throws IOException {
        Cli.run("create-admin", "first", "--password-file", passwordFile(PASSWORD), "--data-dir", data.toString());
        jdbc().sql("insert into accounts_user (id, username, password_hash, roles, time_zone, created_at)"
                + " values ('0190a000-0000-7000-8000-000000000001', 'sam', 'x', 'person', 'UTC', 0)").update();

        Cli.Result promoted = Cli.run("create-admin", "sam", "--data-dir", data.toString());

        assertThat(promoted.exitCode()).as(promoted.toString()).isZero();
        assertThat(jdbc().sql("select roles from accounts_user where username = 'sam'").query(String.class).single())
                .isEqualTo("person,admin");
    }

    @Test
    void aWeakPasswordOrAnUnknownAccountIsOneLineAndAFailure() throws IOException {
        Cli.Result weak = Cli.run("create-admin", "robin", "--password-file", passwordFile("short"), "--data-dir",
                data.toString());
        Cli.Result unknown = Cli.run("reset-password", "nobody", "--password-file", passwordFile(PASSWORD),
                "--data-dir", data.toString());

        assertThat(weak.exitCode()).isEqualTo(1);
        assertThat(weak.err().strip()).isEqualTo("mitra create-admin: password must be at least 12 characters");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("mitra reset-password: account nobody not found");
    }

    @Test
    void backupThenRestoreIntoAnEmptyDirectoryKeepsEveryRow() throws IOException {
        Cli.run("create-admin", "robin", "--password-file", passwordFile(PASSWORD), "--data-dir", data.toString());
        Path backup = data.resolveSibling(data.getFileName() + "-backup.db");
        Path fresh = TestDirectories.create("cli-restore");

        Cli.Result written = Cli.run("backup", "--to", backup.toString(), "--data-dir", data.toString());
        Cli.Result restored = Cli.run("restore", "--from", backup.toString(), "--data-dir", fresh.toString());

        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(written.out()).startsWith("Backup written and verified: " + backup);
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(JdbcClient.create(new SingleConnectionDataSource("jdbc:sqlite:" + fresh.resolve("mitra.db"), true))
                .sql("select username from accounts_user").query(String.class).list()).containsExactly("robin");
    }

    @Test
    void backupRefusesToOverwriteAFile() throws IOException {
        Cli.run("migrate", "--data-dir", data.toString());
        Path existing = Files.writeString(data.resolveSibling(data.getFileName() + "-taken.db"), "keep me");

        Cli.Result refused = Cli.run("backup", "--to", existing.toString(), "--data-dir", data.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void restoreRefusesAnExistingDatabaseWithoutForceAndKeepsTheOldFilesWithIt() throws IOException {
        Cli.run("create-admin", "robin", "--password-file", passwordFile(PASSWORD), "--data-dir", data.toString());
        Path backup = data.resolveSibling(data.getFileName() + "-backup.db");
        Cli.run("backup", "--to", backup.toString(), "--data-dir", data.toString());

        Cli.Result refused = Cli.run("restore", "--from", backup.toString(), "--data-dir", data.toString());
        Cli.Result forced = Cli.run("restore", "--from", backup.toString(), "--data-dir", data.toString(), "--force");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).startsWith("mitra restore: ").contains("add --force").doesNotContain("\n");
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(forced.out()).startsWith("Restored the backup " + backup + " into " + data.resolve("mitra.db")
                .toAbsolutePath() + " (").contains("The data it replaced is kept in: ");
        try (var files = Files.list(data)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("mitra.db.before-restore-"));
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotAMitraBackup() throws IOException {
        Path notABackup = Files.writeString(data.resolveSibling(data.getFileName() + "-notes.txt"), "just words");

        Cli.Result refused = Cli.run("restore", "--from", notABackup.toString(), "--data-dir", data.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("cannot be read as a SQLite database");
        assertThat(data.resolve("mitra.db")).doesNotExist();
    }

    @Test
    void aDatabaseFromANewerMitraIsRefusedByMigrateAndRestore() throws IOException {
        Cli.run("migrate", "--data-dir", data.toString());
        jdbc().sql("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) values (999, '999', 'future', 'SQL', 'V999__future.sql', 0,"
                + " 'test', 0, 1)").update();
        Path backup = data.resolveSibling(data.getFileName() + "-future.db");
        Cli.run("backup", "--to", backup.toString(), "--data-dir", data.toString());

        Cli.Result migrate = Cli.run("migrate", "--data-dir", data.toString());
        Cli.Result restore = Cli.run("restore", "--from", backup.toString(), "--data-dir",
                TestDirectories.create("cli-future").toString());

        assertThat(migrate.exitCode()).isEqualTo(1);
        assertThat(migrate.err().strip()).startsWith("mitra migrate: The database was migrated by a newer Mitra"
                + " (schema version 999; this Mitra knows up to ").doesNotContain("\n");
        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).contains("newer Mitra");
    }

    @Test
    void checkConfigAsAProcessMasksEverySecretAndNamesWhatIsWrong() throws IOException {
        Path secret = Files.writeString(data.resolve("db-password"), "s3cret-from-a-file\n");

        Cli.Result result = Cli.process(Map.of("MITRA_DATA_DIR", data.toString(),
                "MITRA_DB_URL", "jdbc:postgresql://127.0.0.1:1/mitra?user=mitra&password=hunter2",
                "MITRA_DB_PASSWORD_FILE", secret.toString(), "MITRA_METRICS_TOKEN", "scrape-me-please-42",
                "MITRA_REGISTRATION", "closed"), "check-config");

        assertThat(result.out()).contains("MITRA_DB_URL", "password=****", "MITRA_DB_PASSWORD", "MITRA_METRICS_TOKEN")
                .containsPattern("MITRA_DB_PASSWORD +\\*\\*\\*\\*")
                .contains("problem: MITRA_REGISTRATION is 'closed'; it must be one of invite, open")
                .contains("problem: database: ")
                .doesNotContain("hunter2").doesNotContain("s3cret-from-a-file").doesNotContain("scrape-me-please-42");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    }

    @Test
    void checkConfigOnAGoodSetUpSaysSoAndExitsZero() {
        Cli.run("migrate", "--data-dir", data.toString());

        Cli.Result result = Cli.run("check-config", "--data-dir", data.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("MITRA_DATA_DIR", data.toString(), ", up to date",
                "The configuration is usable.");
    }

    private String passwordFile(String password) throws IOException {
        return Files.writeString(Files.createTempFile(data, "password", ".txt"), password + "\n").toString();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(new SingleConnectionDataSource("jdbc:sqlite:" + data.resolve("mitra.db"), true));
    }
}
