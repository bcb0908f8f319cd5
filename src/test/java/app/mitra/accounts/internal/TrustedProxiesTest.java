package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies("127.0.0.1, 10.0.0.0/8, ::1");

    @Test
    void withoutTrustedProxiesForwardedForIsAClaimAndIgnored() {
        assertThat(new TrustedProxies("").clientAddress("203.0.113.9", "1.2.3.4")).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("203.0.113.9", "1.2.3.4")).isEqualTo("203.0.113.9");
    }

    @Test
    void fromATrustedProxyTheRightmostAddressThatIsNotAProxyIsTheClient() {
        assertThat(proxies.clientAddress("127.0.0.1", "198.51.100.4")).isEqualTo("198.51.100.4");
        assertThat(proxies.clientAddress("10.1.2.3", "6.6.6.6, 198.51.100.4, 10.0.0.5")).isEqualTo("198.51.100.4");
        assertThat(proxies.clientAddress("::1", "2001:db8::7")).isEqualTo("2001:db8::7");
    }

    @Test
    void aForgedOrGarbledHopStopsTheWalkAtTheLastAddressThatCanBeBelieved() {
        assertThat(proxies.clientAddress("127.0.0.1", "<script>, 198.51.100.4")).isEqualTo("198.51.100.4");
        assertThat(proxies.clientAddress("127.0.0.1", "not-an-address")).isEqualTo("127.0.0.1");
        assertThat(proxies.clientAddress("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }

    @Test
    void aHostNameIsRefusedAsATrustedProxyRatherThanLookedUp() {
        assertThatThrownBy(() -> new TrustedProxies("proxy.internal"))
                .hasMessageContaining("MITRA_TRUSTED_PROXIES").hasMessageContaining("proxy.internal");
    }

    @Test
    void ipv6AddressesAreShownInTheirShortForm() {
        assertThat(TrustedProxies.readable("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(TrustedProxies.readable("2001:db8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
        assertThat(TrustedProxies.readable("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(TrustedProxies.readable("fe80:0:0:1:0:0:0:0")).isEqualTo("fe80:0:0:1::");
        assertThat(TrustedProxies.readable("198.51.100.4")).isEqualTo("198.51.100.4");
    }
}
