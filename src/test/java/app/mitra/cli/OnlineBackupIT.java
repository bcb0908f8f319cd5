package app.mitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import app.mitra.common.storage.StorageProperties;
import app.mitra.testing.Api;
import app.mitra.testing.MitraOnSqlite;
import app.mitra.testing.TestDatabase.TestDirectories;

/** A backup taken while people keep logging doses holds everything acknowledged before it began. */
@MitraOnSqlite
class OnlineBackupIT {

    @LocalServerPort
    int port;

    @Autowired
    StorageProperties storage;

    @Test
    void aBackupWhileWritesRunThenARestoreLosesNothingAcknowledged() throws InterruptedException {
        Api api = new Api(port);
        Api.User user = api.newUser();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            Thread writer = new Thread(() -> {
                int i = 0;
                while (writing.get()) {
                    Api.Answer dose = api.post(user, "/api/v1/doses", "{\"takenAt\":\"" + Instant.now().minusSeconds(i++)
                            + "\",\"form\":\"POWDER\",\"amount\":1,\"unit\":\"g\"}");
                    if (dose.status() == 201) {
                        acknowledged.add(dose.text("id"));
                    } else {
                        failures.incrementAndGet();
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        while (acknowledged.size() < 30) {
            Thread.sleep(20);
        }
        Set<String> beforeBackup = Set.copyOf(acknowledged);
        Path backup = TestDirectories.create("online-backup").resolve("mitra.backup");

        Cli.Result written = Cli.run("backup", "--to", backup.toString(), "--data-dir", storage.dataDir().toString());
        Thread.sleep(100);
        writing.set(false);
        for (Thread writer : writers) {
            writer.join();
        }
        Path restoredDir = TestDirectories.create("online-restore");
        Cli.Result restored = Cli.run("restore", "--from", backup.toString(), "--data-dir", restoredDir.toString());

        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(failures).hasValue(0);
        List<String> restoredIds = JdbcClient.create(new SingleConnectionDataSource("jdbc:sqlite:"
                + restoredDir.resolve("mitra.db"), true))
                .sql("select id from journal_dose where user_id = :user").param("user", user.id().toString())
                .query(String.class).list();
        assertThat(restoredIds).containsAll(beforeBackup);
        assertThat(acknowledged).containsAll(restoredIds);
        assertThat(acknowledged.size()).as("writes went on after the backup began").isGreaterThan(beforeBackup.size());
    }
}
