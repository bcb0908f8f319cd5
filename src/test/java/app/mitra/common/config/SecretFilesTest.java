package app.mitra.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.mitra.testing.TestDatabase.TestDirectories;

class SecretFilesTest {

    private final Path dir = TestDirectories.create("secrets");

    @Test
    void aFileVariableSetsTheVariableToTheFilesContentWithoutItsLastNewline() throws IOException {
        Path password = Files.writeString(dir.resolve("db-password"), "correct horse\n");

        Map<String, Object> secrets = SecretFiles.read(Map.of("MITRA_DB_PASSWORD_FILE", password.toString(),
                "HOME_FILE", "/etc/passwd", "MITRA_DATA_DIR", "/var/lib/mitra"));

        assertThat(secrets).containsExactly(Map.entry("MITRA_DB_PASSWORD", "correct horse"));
    }

    @Test
    void bothTheValueAndItsFileIsAMistake() throws IOException {
        Path token = Files.writeString(dir.resolve("token"), "abc");

        assertThatThrownBy(() -> SecretFiles.read(Map.of("MITRA_METRICS_TOKEN_FILE", token.toString(),
                "MITRA_METRICS_TOKEN", "xyz")))
                .hasMessage("Both MITRA_METRICS_TOKEN and MITRA_METRICS_TOKEN_FILE are set; keep one.");
    }

    @Test
    void anUnreadableFileIsNamed() {
        assertThatThrownBy(() -> SecretFiles.read(Map.of("MITRA_DB_PASSWORD_FILE", dir.resolve("missing").toString())))
                .hasMessageStartingWith("MITRA_DB_PASSWORD_FILE names " + dir.resolve("missing") + ", which cannot be read");
    }
}
