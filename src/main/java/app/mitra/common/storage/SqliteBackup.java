package app.mitra.common.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Backs up a live SQLite database without stopping the server. One connection attaches the new
 * file and copies every table inside one read transaction: WAL gives that transaction a fixed
 * snapshot while the server keeps writing, so the copy is consistent and the row counts read in
 * the same transaction are exactly what the copy must hold. The copy is then checked on its own
 * (integrity check, foreign keys, row counts) and only then moved to its final name.
 */
public final class SqliteBackup {

    private static final Pattern CREATE = Pattern.compile(
            "(?is)^(\\s*CREATE\\s+(?:UNIQUE\\s+)?(?:TABLE|INDEX|VIEW|TRIGGER)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?)");

    private SqliteBackup() {
    }

    public static BackupReport backup(Path database, Path target) {
        if (!Files.isRegularFile(database)) {
            throw new BackupException("There is no database at " + database + " to back up.");
        }
        if (Files.exists(target)) {
            throw new BackupException(target + " already exists; choose a new file name.");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            PrivateFiles.directory(target.toAbsolutePath().getParent());
            Files.deleteIfExists(partial);
            // SQLite fills an empty file as a new database and keeps its owner-only mode
            PrivateFiles.newFile(partial);
            Map<String, Long> rows = copy(database, partial);
            verify(partial, rows);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return BackupReport.counted(target, Files.size(target), rows);
        } catch (IOException e) {
            throw new BackupException("Could not write " + target + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new BackupException("Could not back up " + database + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file only remains when the disk failed; the error above says so
            }
        }
    }

    private static Map<String, Long> copy(Path database, Path target) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database + "?busy_timeout=10000")) {
            try (PreparedStatement attach = connection.prepareStatement("attach database ? as backup")) {
                attach.setString(1, target.toString());
                attach.execute();
            }
            connection.setAutoCommit(false);
            Map<String, Long> rows = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement()) {
                List<String[]> schema = schema(statement, "main");
                for (String[] entry : schema) {
                    statement.execute(CREATE.matcher(entry[2]).replaceFirst("$1backup."));
                    if (entry[0].equals("table")) {
                        statement.execute("insert into backup.\"" + entry[1] + "\" select * from main.\"" + entry[1] + "\"");
                        rows.put(entry[1], count(statement, "main", entry[1]));
                    }
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("detach database backup");
            }
            return rows;
        }
    }

    /** Tables first, then indexes, views and triggers; SQLite's own tables come with their owners. */
    private static List<String[]> schema(Statement statement, String database) throws SQLException {
        List<String[]> schema = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("select type, name, sql from " + database + ".sqlite_master"
                + " where sql is not null and name not like 'sqlite\\_%' escape '\\'"
                + " order by case type when 'table' then 0 when 'index' then 1 else 2 end, rowid")) {
            while (result.next()) {
                schema.add(new String[] {result.getString(1), result.getString(2), result.getString(3)});
            }
        }
        return schema;
    }

    /**
     * Checks a backup file on its own: SQLite's integrity check, no broken foreign keys, and, when
     * expected counts are given, exactly those rows in every table. Answers the counts found.
     */
    public static Map<String, Long> verify(Path backup, Map<String, Long> expected) {
        if (!Files.isRegularFile(backup)) {
            throw new BackupException("There is no backup file at " + backup + ".");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup + "?open_mode=1");
                Statement statement = connection.createStatement()) {
            String integrity = single(statement, "pragma integrity_check");
            if (!"ok".equals(integrity)) {
                throw new BackupException(backup + " failed SQLite's integrity check: " + integrity);
            }
            try (ResultSet broken = statement.executeQuery("pragma foreign_key_check")) {
                if (broken.next()) {
                    throw new BackupException(backup + " has rows whose foreign keys point nowhere (table "
                            + broken.getString(1) + ").");
                }
            }
            Map<String, Long> found = new LinkedHashMap<>();
            for (String[] entry : schema(statement, "main")) {
                if (entry[0].equals("table")) {
                    found.put(entry[1], count(statement, "main", entry[1]));
                }
            }
            if (!found.containsKey("flyway_schema_history")) {
                throw new BackupException(backup + " is not a Mitra database (it has no migration history).");
            }
            if (expected != null && !expected.equals(found)) {
                throw new BackupException(backup + " does not hold the rows it should: expected " + expected
                        + ", found " + found + ".");
            }
            return found;
        } catch (SQLException e) {
            throw new BackupException(backup + " cannot be read as a SQLite database: " + e.getMessage(), e);
        }
    }

    /**
     * Puts a verified backup in place as the database file. Refuses when the database or its
     * write-ahead log already exists, unless {@code force}: then they are moved aside, not deleted.
     */
    static RestoreReport restore(Path backup, Path database, boolean force) {
        Map<String, Long> rows = verify(backup, null);
        Path directory = database.toAbsolutePath().getParent();
        try {
            PrivateFiles.directory(directory);
            List<Path> existing = new ArrayList<>();
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Path file = database.resolveSibling(database.getFileName() + suffix);
                if (Files.exists(file)) {
                    existing.add(file);
                }
            }
            if (!existing.isEmpty() && !force) {
                throw new BackupException(directory + " already holds a database; stop Mitra and add --force"
                        + " to replace it (the old files are kept beside it).");
            }
            String aside = ".before-restore-" + System.currentTimeMillis();
            List<Path> kept = new ArrayList<>();
            for (Path file : existing) {
                kept.add(Files.move(file, file.resolveSibling(file.getFileName() + aside)));
                PrivateFiles.restrict(kept.get(kept.size() - 1));
            }
            Path partial = database.resolveSibling(database.getFileName() + ".restoring");
            Files.deleteIfExists(partial);
            try (OutputStream out = Files.newOutputStream(PrivateFiles.newFile(partial))) {
                Files.copy(backup, out);
            }
            Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
            verify(database, rows);
            return new RestoreReport(database.toString(), BackupReport.counted(database, Files.size(database), rows)
                    .summary(), kept);
        } catch (IOException e) {
            throw new BackupException("Could not restore into " + directory + ": " + e.getMessage(), e);
        }
    }

    private static long count(Statement statement, String database, String table) throws SQLException {
        try (ResultSet result = statement.executeQuery("select count(*) from " + database + ".\"" + table + "\"")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }
}
