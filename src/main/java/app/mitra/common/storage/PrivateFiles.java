package app.mitra.common.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owner-only files and directories: the database, its backups and whatever Mitra writes beside them hold
 * people's health records, so no other account on the machine may read them, whatever the umask. Java has
 * no umask of its own, so every file is created with its mode (0600, directories 0700) rather than
 * tightened after a moment of being readable. File systems without POSIX modes are left as they are.
 */
public final class PrivateFiles {

    private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the directory and any missing parent owner-only; an existing one is left as it is. */
    public static Path directory(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath();
        return POSIX ? Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY))
                : Files.createDirectories(absolute);
    }

    /** Creates an empty owner-only file; fails when something is already there. */
    public static Path newFile(Path file) throws IOException {
        return POSIX ? Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE)) : Files.createFile(file);
    }

    /** Makes a file another program created (SQLite, pg_dump) owner-only. */
    public static void restrict(Path file) throws IOException {
        if (POSIX && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /**
     * Before anything opens them: the data directory, and on SQLite the database file, created owner-only
     * (SQLite gives its -wal and -shm files the database's mode). Ones an older Mitra or an operator left
     * readable by others are tightened, with one line in the log saying which.
     */
    public static void prepare(StorageProperties storage) {
        Database database = storage.database();
        try {
            List<String> tightened = new ArrayList<>();
            tighten(directory(storage.dataDir()), DIRECTORY, tightened);
            if (database.isSqlite()) {
                Path file = database.sqliteFile().toAbsolutePath();
                directory(file.getParent());
                if (Files.notExists(file)) {
                    newFile(file);
                }
                for (String suffix : List.of("", "-wal", "-shm")) {
                    tighten(file.resolveSibling(file.getFileName() + suffix), FILE, tightened);
                }
            }
            if (!tightened.isEmpty()) {
                log.warn("Made owner-only, as health records must be: {}", String.join(", ", tightened));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + storage.dataDir() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void tighten(Path path, Set<PosixFilePermission> mode, List<String> tightened) throws IOException {
        if (!POSIX || !Files.exists(path)) {
            return;
        }
        Set<PosixFilePermission> was = Files.getPosixFilePermissions(path);
        Set<PosixFilePermission> ownerOnly = EnumSet.noneOf(PosixFilePermission.class);
        was.stream().filter(mode::contains).forEach(ownerOnly::add);
        if (!ownerOnly.equals(was)) {
            Files.setPosixFilePermissions(path, ownerOnly);
            tightened.add(path + " (was " + PosixFilePermissions.toString(was) + ")");
        }
    }
}
