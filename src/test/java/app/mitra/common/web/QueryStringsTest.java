package app.mitra.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringsTest {

    @ParameterizedTest
    @ValueSource(strings = { "", "a", "a=", "from=2026-03-01&to=2026-03-31", "a=1&&b=2&", "q=caf%C3%A9+au+lait",
            "cursor=%00", "x=%F0%9F%98%80", "a=b=c" })
    void queryStringsTomcatReadsPass(String query) {
        assertThat(QueryStrings.readable(query, 1000)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "=x", "=", "a=1&=2", "from=%ZZ", "%", "a=%4", "a=%C3%28", "cursor=%00%ff", "%FF=1" })
    void queryStringsTomcatCannotReadAreRefused(String query) {
        assertThat(QueryStrings.readable(query, 1000)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = { 3, 4 })
    void moreParametersThanTheContainerTakesAreRefused(int limit) {
        assertThat(QueryStrings.readable("a=1&b=2&c=3&d=4", limit)).isEqualTo(limit == 4);
    }
}
