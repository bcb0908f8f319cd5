package app.mitra.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicUrlTest {

    @ParameterizedTest
    @CsvSource({ "https://mitra.example.org, https://mitra.example.org", "https://mitra.example.org/, https://mitra.example.org",
            "HTTPS://mitra.example.org:8443/journal/, https://mitra.example.org:8443/journal", "http://10.0.0.5:8080, http://10.0.0.5:8080" })
    void aPublicAddressIsTheBaseOfLinks(String configured, String base) {
        PublicUrl url = new PublicUrl(configured, "", 8080);
        assertThat(url.base()).hasToString(base);
        assertThat(url.link("/shared/abc")).hasToString(base + "/shared/abc");
        assertThat(url.https()).isEqualTo(base.startsWith("https"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "mitra.example.org", "ftp://mitra.example.org", "https://mitra.example.org/?a=b",
            "https://mitra.example.org/#top", "https://user:pw@mitra.example.org", "https://", "http://exa mple.org",
            "/relative/path" })
    void anythingElseStopsStartUp(String configured) {
        assertThatThrownBy(() -> new PublicUrl(configured, "", 8080)).isInstanceOf(PublicUrl.Invalid.class)
                .hasMessageContaining("MITRA_PUBLIC_URL");
    }

    @ParameterizedTest
    @CsvSource({ "'', http://localhost:8080", "0.0.0.0, http://localhost:8080", "::, http://localhost:8080",
            "127.0.0.1, http://127.0.0.1:8080", "::1, http://[::1]:8080", "mitra.lan, http://mitra.lan:8080" })
    void unsetItIsTheServersOwnAddressAndPort(String address, String base) {
        PublicUrl url = new PublicUrl("", address, 8080);
        assertThat(url.base()).hasToString(base);
        assertThat(url.configured()).isFalse();
        assertThat(url.https()).isFalse();
    }
}
