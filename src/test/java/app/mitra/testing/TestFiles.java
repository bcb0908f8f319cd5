package app.mitra.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongUnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files for the limits' tests, large ones made as they are read rather than held. */
public final class TestFiles {

    private TestFiles() {
    }

    /** {@code size} bytes, the byte at each position given by {@code at}. */
    public static InputStream generated(long size, LongUnaryOperator at) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < size ? (int) at.applyAsLong(position++) & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) at.applyAsLong(position++);
                }
                return n;
            }
        };
    }

    /** {@code text} followed by spaces up to exactly {@code size} bytes: JSON that large. */
    public static InputStream padded(String text, long size) {
        byte[] start = text.getBytes(StandardCharsets.UTF_8);
        return generated(size, i -> i < start.length ? start[(int) i] : ' ');
    }

    public static InputStream zeros(long size) {
        return generated(size, i -> 0);
    }

    /** Text that compresses about 30 to 1, as real files never quite do: a little of it varies in every kilobyte. */
    public static InputStream sparse(long size) {
        return generated(size, i -> i % 1024 < 24 ? 'a' + Math.floorMod(mixed(i), 26) : 'x');
    }

    /** SplitMix64's finaliser: a position's own pseudo-random number, with no pattern for deflate to find. */
    private static long mixed(long i) {
        long z = i * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A header line and {@code count} times the same row, made as it is read (millions of rows hold nothing). */
    public static InputStream rows(String header, String row, int count) {
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
        return generated(head.length + (long) bytes.length * count,
                i -> i < head.length ? head[(int) i] : bytes[(int) ((i - head.length) % bytes.length)]);
    }

    /** A zip of these files (text, bytes or a stream each), compressed as hard as zip can. */
    public static byte[] zip(List<String> names, List<?> contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                Object content = contents.get(i);
                if (content instanceof String text) {
                    zip.write(text.getBytes(StandardCharsets.UTF_8));
                } else if (content instanceof byte[] bytes) {
                    zip.write(bytes);
                } else {
                    ((InputStream) content).transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The manifest of a Mitra CSV zip. */
    public static String manifest() {
        return "schema,schemaVersion,exportedAt\r\nmitra-export,1,2025-01-01T00:00:00Z\r\n";
    }
}
