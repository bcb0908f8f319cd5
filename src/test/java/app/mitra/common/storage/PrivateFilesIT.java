package app.mitra.common.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import app.mitra.cli.Cli;
import app.mitra.testing.TestDatabase.TestDirectories;

/**
 * The data directory, the SQLite database with its -wal and -shm files, every backup and every restored
 * file are owner-only (0700 and 0600) whatever the umask (0022 here, which would leave files 0644).
 */
@ExtendWith(OutputCaptureExtension.class)
class PrivateFilesIT {

    private final Path root = TestDirectories.create("modes");

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static StorageProperties storage(Path dataDir) {
        return new StorageProperties(dataDir, null, null, null, null);
    }

    @Test
    void aNewDataDirectoryAndItsDatabaseAreOwnerOnlyWithTheWriteAheadLog(CapturedOutput output) throws IOException {
        Path data = root.resolve("new").resolve("data");

        PrivateFiles.prepare(storage(data));
        SingleConnectionDataSource connection = new SingleConnectionDataSource(storage(data).database().jdbcUrl(), true);
        try {
            JdbcClient.create(connection).sql("create table entry (id integer primary key)").update();
            JdbcClient.create(connection).sql("insert into entry values (1)").update();

            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(Stream.of("mitra.db", "mitra.db-wal", "mitra.db-shm").map(data::resolve))
                    .allSatisfy(file -> assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------"));
        } finally {
            connection.destroy();
        }
        assertThat(output).doesNotContain("Made owner-only");
    }

    @Test
    void filesLeftReadableByOthersAreTightenedAtStartWithOneLineInTheLog(CapturedOutput output) throws IOException {
        Path data = Files.createDirectories(root.resolve("old"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(Files.createFile(data.resolve("mitra.db")), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(Files.createFile(data.resolve("mitra.db-wal")), PosixFilePermissions.fromString("rw-rw-r--"));

        PrivateFiles.prepare(storage(data));
        PrivateFiles.prepare(storage(data));

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("mitra.db"))).isEqualTo("rw-------");
        assertThat(mode(data.resolve("mitra.db-wal"))).isEqualTo("rw-------");
        assertThat(output.getOut().lines().filter(line -> line.contains("Made owner-only"))).singleElement()
                .satisfies(line -> assertThat(line).contains(data + " (was rwxr-xr-x)",
                        data.resolve("mitra.db") + " (was rw-r--r--)", data.resolve("mitra.db-wal") + " (was rw-rw-r--)"));
    }

    @Test
    void backupsAndRestoredDatabasesAreOwnerOnly() throws IOException {
        Path data = root.resolve("data");
        assertThat(Cli.run("migrate", "--data-dir", data.toString()).exitCode()).isZero();
        Path backups = root.resolve("backups");
        Path backup = backups.resolve("mitra-manual.db");

        Cli.Result written = Cli.run("backup", "--to", backup.toString(), "--data-dir", data.toString());
        Cli.Result restored = Cli.run("restore", "--from", backup.toString(), "--data-dir", data.toString(), "--force");

        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(mode(backups)).isEqualTo("rwx------");
        assertThat(mode(backup)).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty()
                    .allSatisfy(file -> assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------"));
        }
    }
}
