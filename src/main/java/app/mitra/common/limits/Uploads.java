package app.mitra.common.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import app.mitra.common.storage.StorageProperties;

/**
 * Receives uploaded files into {@code MITRA_DATA_DIR/tmp} (owner-only, as is each file in it), up to
 * their limit and counted as they arrive: a body one byte over is refused before it is kept whole.
 * Files a crash left behind are removed at start-up once they are a day old.
 */
@Component
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path directory;
    private final Limits limits;

    Uploads(StorageProperties storage, Limits limits) {
        this.directory = storage.dataDir().resolve("tmp");
        this.limits = limits;
        removeLeftovers();
    }

    /** A file read once, as it arrives: refused one byte past {@code limit}. */
    public InputStream bounded(InputStream body, Limit limit) {
        return new MeteredInputStream(body, limits.of(limit), () -> LimitExceededException.body(limits, limit));
    }

    /** A web form's file (none at all reads as an empty file), read once as it arrives within {@code limit}. */
    public InputStream bounded(MultipartFile file, Limit limit) {
        try {
            return bounded(file == null ? InputStream.nullInputStream() : file.getInputStream(), limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code body} into a private temporary file, refusing it once it passes {@code limit}. */
    public Upload receive(InputStream body, Limit limit) {
        Path file = null;
        try {
            Files.createDirectories(directory, owner("rwx------"));
            file = Files.createTempFile(directory, "upload-", ".tmp", owner("rw-------"));
            long size;
            try (OutputStream out = Files.newOutputStream(file)) {
                size = bounded(body, limit).transferTo(out);
            }
            return new Upload(file, size);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static FileAttribute<?>[] owner(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the temporary upload {}", file, e);
            }
        }
    }

    private void removeLeftovers() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        FileTime dayAgo = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().startsWith("upload-")).filter(file -> {
                try {
                    return Files.getLastModifiedTime(file).compareTo(dayAgo) < 0;
                } catch (IOException e) {
                    return false;
                }
            }).forEach(Uploads::delete);
        } catch (IOException e) {
            log.warn("Could not look for old temporary uploads in {}", directory, e);
        }
    }
}
