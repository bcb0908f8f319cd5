package app.mitra.common.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip read file by file from a stream, counting what each file really inflates to as it inflates
 * (the sizes a zip's headers claim are never trusted): more than {@link Limits#zipBytes()} in all,
 * more than {@link Limits#zipEntries()} files, or a file over {@link Limits#ZIP_RATIO_FLOOR} that is
 * more than {@link Limits#zipRatio()} times its compressed size, refuses it while it inflates. Files
 * nobody reads are inflated through the same count, so nothing is skipped unmeasured.
 */
public final class ZipEntries implements AutoCloseable {

    private final Limits limits;
    private final MeteredInputStream compressed;
    private final ZipInputStream zip;
    private final MeteredInputStream inflated;
    private Entry current;
    private int entries;

    public ZipEntries(InputStream in, Limits limits) {
        this.limits = limits;
        this.compressed = new MeteredInputStream(in);
        this.zip = new ZipInputStream(compressed, StandardCharsets.UTF_8);
        this.inflated = new MeteredInputStream(zip, limits.zipBytes().toBytes(), () -> LimitExceededException.zipBytes(limits));
    }

    /** The next file of the zip (the previous one is read to its end first), or null after the last. */
    public ZipEntry next() throws IOException {
        if (current != null) {
            current.transferTo(OutputStream.nullOutputStream());
        }
        ZipEntry entry = zip.getNextEntry();
        if (entry == null) {
            current = null;
            return null;
        }
        if (++entries > limits.zipEntries()) {
            throw LimitExceededException.zipEntries(limits);
        }
        current = new Entry(entry.getName());
        return entry;
    }

    /** The current file's content; closing it does not close the zip. */
    public InputStream content() {
        return current;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** One file of the zip: its inflated bytes counted against what it took compressed. */
    private final class Entry extends FilterInputStream {

        private final String name;
        private final long compressedStart = compressed.position();
        private long size;

        Entry(String name) {
            super(inflated);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            int read = read(new byte[(int) Math.min(n, 8192)]);
            return Math.max(read, 0);
        }

        @Override
        public void close() {
            // the zip stays open for its next file
        }

        private void counted(int n) {
            size += n;
            long packed = Math.max(1, compressed.position() - compressedStart);
            if (size > Limits.ZIP_RATIO_FLOOR && size > packed * limits.zipRatio()) {
                throw LimitExceededException.zipRatio(limits, name);
            }
        }
    }
}
