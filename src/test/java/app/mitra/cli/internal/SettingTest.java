package app.mitra.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SettingTest {

    @Test
    void everySettingIsARowOfTheReadmesConfigurationTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        for (Setting setting : Setting.ALL) {
            assertThat(readme).as(setting.variable()).contains("| `" + setting.variable() + "` |");
        }
    }

    @Test
    void secretsAndPasswordsInUrlsAreNeverShown() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("mitra.db-url", "jdbc:postgresql://db/mitra?user=mitra&password=hunter2")
                .withProperty("mitra.db-password", "hunter3").withProperty("mitra.metrics.token", "");

        assertThat(setting("MITRA_DB_URL").shown(environment)).isEqualTo("jdbc:postgresql://db/mitra?user=mitra&password=****");
        assertThat(setting("MITRA_DB_PASSWORD").shown(environment)).isEqualTo("****");
        assertThat(setting("MITRA_METRICS_TOKEN").shown(environment)).isEqualTo("(empty)");
    }

    @Test
    void aValueOutsideTheAcceptedOnesIsAProblem() {
        MockEnvironment environment = new MockEnvironment().withProperty("mitra.migrate", "sometimes");

        assertThat(setting("MITRA_MIGRATE").problem(environment))
                .hasValue("MITRA_MIGRATE is 'sometimes'; it must be one of auto, manual");
        assertThat(setting("MITRA_MIGRATE").problem(new MockEnvironment().withProperty("mitra.migrate", "MANUAL")))
                .isEmpty();
    }

    private static Setting setting(String variable) {
        return Setting.ALL.stream().filter(setting -> setting.variable().equals(variable)).findFirst().orElseThrow();
    }
}
