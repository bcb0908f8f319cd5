package app.mitra.common.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Backup and restore for whichever database Mitra runs on: SQLite itself, PostgreSQL through its tools. */
public final class Backups {

    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private Backups() {
    }

    public static BackupReport backup(StorageProperties properties, Path target) {
        Database database = properties.database();
        if (database.isSqlite()) {
            return SqliteBackup.backup(database.sqliteFile(), target);
        }
        return installedPgDump(properties, target).backup(target);
    }

    /**
     * Restores a backup; refuses one taken from a newer Mitra, and an existing database unless
     * {@code force}. The database must not be in use. What a forced restore replaces is kept: SQLite's
     * files are renamed beside it; PostgreSQL's tables are first dumped and verified into {@code keepDir}
     * (the backup directory), and the restore does not start unless that worked.
     */
    public static RestoreReport restore(StorageProperties properties, Path backup, boolean force, Path keepDir) {
        Database database = properties.database();
        if (database.isSqlite()) {
            SqliteBackup.verify(backup, null);
            SingleConnectionDataSource reader = new SingleConnectionDataSource("jdbc:sqlite:" + backup + "?open_mode=1", true);
            try {
                Migrations.refuseNewerDatabase(Migrations.flyway(reader, database));
            } finally {
                reader.destroy();
            }
            return SqliteBackup.restore(backup, database.sqliteFile(), force);
        }
        PgDump dump = installedPgDump(properties, backup);
        List<Path> kept = new ArrayList<>();
        if (hasMitraTables(properties, database)) {
            if (!force) {
                throw new BackupException("The PostgreSQL database already holds Mitra's tables; stop Mitra and add"
                        + " --force to replace them (they are dumped into " + keepDir + " first).");
            }
            kept.add(dump.backup(keepDir.resolve("before-restore-" + ASIDE.format(Instant.now()) + ".dump")).file());
        }
        List<String> tables = dump.restore(backup, force);
        return new RestoreReport(dump.database(), tables.size() + " tables", kept);
    }

    private static PgDump installedPgDump(StorageProperties properties, Path file) {
        PgDump dump = PgDump.of(properties.database(), properties.credentials());
        if (!PgDump.installed()) {
            throw new BackupException(dump.guidance(file));
        }
        return dump;
    }

    private static boolean hasMitraTables(StorageProperties properties, Database database) {
        SingleConnectionDataSource connection = new SingleConnectionDataSource(database.jdbcUrl(), true);
        connection.setConnectionProperties(properties.credentials());
        try {
            return Migrations.flyway(connection, database).info().applied().length > 0;
        } finally {
            connection.destroy();
        }
    }
}
