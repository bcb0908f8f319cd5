package app.mitra.common.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import app.mitra.common.storage.StorageProperties;
import app.mitra.testing.TestDatabase.TestDirectories;

class UploadsTest {

    private final Path data = TestDirectories.create("uploads");
    private final Limits limits = new Limits(DataSize.ofBytes(1000), null, null, null, null, null, null, null, null, null);
    private final Uploads uploads = new Uploads(new StorageProperties(data, null, null, null, null), limits);

    @Test
    void aFileOfExactlyTheLimitIsKeptPrivatelyUntilClosedAndReadAsOftenAsNeeded() throws IOException {
        Path kept;
        try (Upload upload = uploads.receive(new ByteArrayInputStream(new byte[1000]), Limit.IMPORT_BYTES)) {
            kept = onlyFile();
            assertThat(upload.isEmpty()).isFalse();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.getParent())))
                    .isEqualTo("rwx------");
            try (InputStream first = upload.open(); InputStream second = upload.open()) {
                assertThat(first.readAllBytes()).hasSize(1000);
                assertThat(second.readAllBytes()).hasSize(1000);
            }
        }
        assertThat(kept).doesNotExist();
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedAsItArrivesAndNothingOfItStays() throws IOException {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                return served++ < 1001 ? 'x' : -1;
            }
        };

        assertThatThrownBy(() -> uploads.receive(endless, Limit.IMPORT_BYTES))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.isBody()).isTrue();
                    assertThat(e.limit()).isEqualTo(Limit.IMPORT_BYTES);
                    assertThat(e.getMessage()).startsWith("The file is larger than this server accepts (1,000 bytes).");
                });
        try (Stream<Path> left = Files.list(data.resolve("tmp"))) {
            assertThat(left).isEmpty();
        }
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("tmp"))) {
            return files.findFirst().orElseThrow();
        }
    }
}
