package app.mitra.common.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Backup and restore for whichever database Mitra runs on: SQLite itself, PostgreSQL through its tools. */
public final class Backups {

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
     * {@code force}. The database must not be in use.
     */
    public static BackupReport restore(StorageProperties properties, Path backup, boolean force) {
        Database database = properties.database();
        if (database.isSqlite()) {
            SqliteBackup.verify(backup, null);
            SingleConnectionDataSource reader = new SingleConnectionDataSource("jdbc:sqlite:" + backup + "?open_mode=1", true);
            try {
                Migrations.refuseNewerDatabase(Migrations.flyway(reader, database));
            } finally {
                reader.destroy();
            }
            Map<String, Long> rows = SqliteBackup.restore(backup, database.sqliteFile(), force);
            return BackupReport.counted(database.sqliteFile(), backup.toFile().length(), rows);
        }
        PgDump dump = installedPgDump(properties, backup);
        if (!force && hasMitraTables(properties, database)) {
            throw new BackupException("The PostgreSQL database already holds Mitra's tables; stop Mitra and add"
                    + " --force to replace them.");
        }
        List<String> tables = dump.restore(backup, force);
        return new BackupReport(backup, backup.toFile().length(), tables, Map.of());
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
