package app.mitra.common.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A received file in a private temporary file (readable by the server's user only), read as often
 * as its reader needs, each time as a stream; closing it deletes it.
 */
public final class Upload implements AutoCloseable {

    private final Path file;
    private final long size;

    Upload(Path file, long size) {
        this.file = file;
        this.size = size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The file from its first byte; the caller closes the stream. */
    public InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
