package app.mitra.common.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ZipEntriesTest {

    private static final Limits LIMITS = new Limits(null, null, null, DataSize.ofBytes(3 << 20), 3, 10, null, null, null,
            null);

    @Test
    void aZipOfExactlyTheEntriesAndBytesAllowedIsReadAndOneMoreOfEitherIsRefused() throws IOException {
        assertThat(inflate(zip(new byte[1 << 20], new byte[1 << 20], text(1 << 20)), LIMITS)).isEqualTo(3 << 20);

        assertThatThrownBy(() -> inflate(zip(new byte[1], new byte[1], new byte[1], new byte[1]), LIMITS))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.limit()).isEqualTo(Limit.ZIP_ENTRIES);
                    assertThat(e.isBody()).isFalse();
                });
        assertThatThrownBy(() -> inflate(zip(text(1 << 20), text(1 << 20), text((1 << 20) + 1)), LIMITS))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.limit()).isEqualTo(Limit.ZIP_BYTES));
    }

    @Test
    void aFileCompressedFarMoreThanRealFilesAreIsRefusedWhileItInflates() {
        byte[] bomb = zip(new byte[64 << 20]);
        Limits generous = new Limits(null, null, null, DataSize.ofGigabytes(1), 3, 10, null, null, null, null);

        assertThat(bomb.length).isLessThan(128 << 10);
        assertThatThrownBy(() -> inflate(bomb, generous)).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.limit()).isEqualTo(Limit.ZIP_RATIO));
    }

    @Test
    void theBytesAreCountedAsTheyInflateWhatTheHeadersSayOrDoNotSay() throws IOException {
        byte[] honest = zip(text(2 << 20), text(2 << 20));

        assertThatThrownBy(() -> inflate(honest, LIMITS)).isInstanceOf(LimitExceededException.class);
        try (ZipEntries zip = new ZipEntries(new ByteArrayInputStream(honest), Limits.DEFAULTS)) {
            assertThat(zip.next().getSize()).as("a streamed entry states no size at all").isEqualTo(-1);
        }
    }

    private static long inflate(byte[] zip, Limits limits) throws IOException {
        long total = 0;
        try (ZipEntries entries = new ZipEntries(new ByteArrayInputStream(zip), limits)) {
            for (ZipEntry entry = entries.next(); entry != null; entry = entries.next()) {
                InputStream content = entries.content();
                total += content.transferTo(OutputStream.nullOutputStream());
            }
        }
        return total;
    }

    /** Text that compresses about 3 to 1, as CSV does. */
    static byte[] text(int size) {
        Random random = new Random(size);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(8));
        }
        return bytes;
    }

    static byte[] zip(byte[]... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < files.length; i++) {
                zip.putNextEntry(new ZipEntry("file-" + i + ".csv"));
                zip.write(files[i]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
