package app.mitra.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import app.mitra.MitraApplication;
import app.mitra.testing.TestDatabase.TestDirectories;

@ExtendWith(OutputCaptureExtension.class)
class UnknownDatabaseUrlIT {

    @Test
    void anUnknownUrlSchemeStopsStartUpWithAClearMessageAndNoPassword(CapturedOutput output) {
        // as arguments: they outrank application.properties, as the environment variable does
        SpringApplicationBuilder mitra = new SpringApplicationBuilder(MitraApplication.class);
        assertThatThrownBy(() -> mitra.run("--mitra.db-url=jdbc:mysql://admin:hunter2@db/mitra", "--server.port=0",
                "--mitra.data-dir=" + TestDirectories.create("bad-url"))).hasRootCauseInstanceOf(UnsupportedDatabaseUrlException.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("MITRA_DB_URL is set to 'jdbc:mysql://admin:****@db/mitra', which Mitra cannot use.")
                .contains("Unset MITRA_DB_URL to use SQLite in MITRA_DATA_DIR")
                .doesNotContain("hunter2");
    }
}
