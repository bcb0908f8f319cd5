package app.mitra.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import app.mitra.testing.TestDatabase;
import app.mitra.testing.TestDatabase.TestDirectories;

class ScheduledBackupsIT {

    @Test
    void twoNodesFiringAtTheSameMinuteWriteOneVerifiedBackup() throws IOException {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.SQLITE).migrate()) {
            Path dir = TestDirectories.create("scheduled");
            StorageProperties storage = new StorageProperties(dir, database.url(), null, null, null);
            BackupProperties backup = new BackupProperties("0 30 3 * * *", dir.resolve("backups"), 3);

            Instant due = Instant.parse("2026-11-25T03:30:00Z");
            node(database, backup, storage).runIfDue(due);
            node(database, backup, storage).runIfDue(due.plusSeconds(2));

            assertThat(files(dir.resolve("backups"))).singleElement()
                    .satisfies(file -> assertThat(SqliteBackup.verify(file, null)).containsKey("accounts_user"));
        }
    }

    @Test
    void pruningKeepsTheNewestScheduledBackupsAndNothingElse() throws IOException {
        Path dir = TestDirectories.create("prune");
        for (String name : List.of("mitra-20261101-033000.db", "mitra-20261102-033000.db", "mitra-20261103-033000.dump",
                "mitra-20261104-033000.dump", "mitra-20261105-033000.dump.partial", "mitra-2026-11-01.db",
                "before-restore-20261101-120000-000.dump", "notes.txt")) {
            Files.writeString(dir.resolve(name), name);
        }

        List<Path> removed = ScheduledBackups.prune(dir, 2);

        assertThat(removed).extracting(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder("mitra-20261101-033000.db", "mitra-20261102-033000.db");
        assertThat(files(dir)).extracting(path -> path.getFileName().toString()).containsExactlyInAnyOrder(
                "mitra-20261103-033000.dump", "mitra-20261104-033000.dump", "mitra-20261105-033000.dump.partial",
                "mitra-2026-11-01.db", "before-restore-20261101-120000-000.dump", "notes.txt");
    }

    /**
     * Several nodes on one PostgreSQL, all backing up into one shared directory: every node fires for every
     * run, one writes it, the names never collide, and pruning keeps exactly the newest ones.
     */
    @Test
    void twoNodesSharingABackupDirectoryWriteOneBackupPerRunAndKeepTheNewest() throws Exception {
        assumeTrue(PgDump.installed(), "pg_dump and pg_restore are not on the PATH");
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRESQL).migrate()) {
            Path shared = TestDirectories.create("shared").resolve("backups");
            StorageProperties storage = new StorageProperties(TestDirectories.create("node"), database.url(), null,
                    null, null);
            BackupProperties backup = new BackupProperties("0 30 3 * * *", shared, 3);
            List<ScheduledBackups> nodes = List.of(node(database, backup, storage), node(database, backup, storage));
            Files.createDirectories(shared);
            Files.writeString(shared.resolve("mitra-manual.dump"), "an operator's own backup");
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                for (int day = 1; day <= 5; day++) {
                    Instant due = Instant.parse("2026-11-0" + day + "T03:30:00Z");
                    List<Future<?>> runs = nodes.stream().<Future<?>>map(node -> both.submit(() -> node.runIfDue(due)))
                            .toList();
                    for (Future<?> run : runs) {
                        run.get(60, TimeUnit.SECONDS);
                    }
                }
            } finally {
                both.shutdownNow();
            }

            assertThat(database.jdbc().sql("select count(*) from common_job_run where job = 'backup'")
                    .query(Long.class).single()).as("runs claimed").isEqualTo(5);
            assertThat(files(shared)).extracting(path -> path.getFileName().toString()).containsExactlyInAnyOrder(
                    "mitra-20261103-033000.dump", "mitra-20261104-033000.dump", "mitra-20261105-033000.dump",
                    "mitra-manual.dump");
            PgDump dump = PgDump.of(storage.database(), storage.credentials());
            for (String kept : List.of("mitra-20261103-033000.dump", "mitra-20261104-033000.dump",
                    "mitra-20261105-033000.dump")) {
                assertThat(dump.verify(shared.resolve(kept))).contains("accounts_user");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve(kept))))
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void theScheduleNamesEachBackupAfterTheTimeItWasDue() throws Exception {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.SQLITE).migrate()) {
            Path dir = TestDirectories.create("every-second");
            StorageProperties storage = new StorageProperties(dir, database.url(), null, null, null);
            ScheduledBackups scheduled = node(database, new BackupProperties("* * * * * *", dir.resolve("backups"), 2),
                    storage);
            scheduled.start();
            try {
                long deadline = System.currentTimeMillis() + 10_000;
                while (System.currentTimeMillis() < deadline && (!Files.isDirectory(dir.resolve("backups"))
                        || files(dir.resolve("backups")).stream().noneMatch(file -> file.toString().endsWith(".db")))) {
                    Thread.sleep(100);
                }
            } finally {
                scheduled.stop();
            }
            assertThat(files(dir.resolve("backups"))).anySatisfy(file -> assertThat(file.getFileName().toString())
                    .matches("mitra-\\d{8}-\\d{6}\\.db"));
        }
    }

    @Test
    void aMistypedScheduleIsRefusedWithAnExample() {
        assertThatThrownBy(() -> new BackupProperties("every night", null, 7))
                .hasMessageContaining("MITRA_BACKUP_SCHEDULE 'every night' is not a cron expression")
                .hasMessageContaining("'0 30 3 * * *'");
    }

    private static ScheduledBackups node(TestDatabase database, BackupProperties backup, StorageProperties storage) {
        JobRuns jobRuns = new JobRuns(JdbcClient.create(database.dataSource()),
                new DirectWrites(new DataSourceTransactionManager(database.dataSource())));
        return new ScheduledBackups(backup, storage, jobRuns);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
