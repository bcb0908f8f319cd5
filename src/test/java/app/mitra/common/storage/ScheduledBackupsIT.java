package app.mitra.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

            node(database, backup, storage).runIfDue();
            node(database, backup, storage).runIfDue();

            assertThat(files(dir.resolve("backups"))).singleElement()
                    .satisfies(file -> assertThat(SqliteBackup.verify(file, null)).containsKey("accounts_user"));
        }
    }

    @Test
    void pruningKeepsTheNewestBackupsAndNothingElseOfMitras() throws IOException {
        Path dir = TestDirectories.create("prune");
        for (String name : List.of("mitra-20261101-033000.db", "mitra-20261102-033000.db", "mitra-20261103-033000.db",
                "mitra-20261104-033000.db", "notes.txt")) {
            Files.writeString(dir.resolve(name), name);
        }

        List<Path> removed = ScheduledBackups.prune(dir, 2);

        assertThat(removed).extracting(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder("mitra-20261101-033000.db", "mitra-20261102-033000.db");
        assertThat(files(dir)).extracting(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder("mitra-20261103-033000.db", "mitra-20261104-033000.db", "notes.txt");
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
