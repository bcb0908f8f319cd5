package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DevicesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36 | Chrome on Android",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1 | Safari on iPhone",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0 | Edge on Windows",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 | Firefox on Linux",
        "curl/8.5.0 | curl/8.5.0",
        "Java-http-client/17.0.15 | Java-http-client/17.0.15",
    })
    void aUserAgentBecomesAShortNameAPersonRecognises(String userAgent, String name) {
        assertThat(Devices.describe(userAgent)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "evil\"agent\\with\u0001controls | evilagentwithcontrols" })
    void aHostileUserAgentIsCleanedAndCut(String userAgent, String name) {
        assertThat(Devices.describe(userAgent)).isEqualTo(name);
        assertThat(Devices.describe("x".repeat(500))).hasSize(60);
        assertThat(Devices.describe("  ")).isNull();
    }
}
