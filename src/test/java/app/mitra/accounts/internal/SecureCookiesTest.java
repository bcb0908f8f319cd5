package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

import app.mitra.common.web.PublicUrl;

/**
 * The session and CSRF cookies are Secure exactly when the public address is https; with an http one
 * they are not (a plain-http request here stands for one a TLS proxy forwarded without saying so);
 * with none, they follow the request. Tested on the beans themselves: page tests that use Spring
 * Security's test support swap the CSRF repository of the filter they share.
 */
class SecureCookiesTest {

    @ParameterizedTest
    @CsvSource({ "https://mitra.example.org, false, true", "http://mitra.lan:8080, true, false", "'', false, false",
            "'', true, true" })
    void theSessionCookieIsSecureWithAnHttpsPublicAddress(String publicUrl, boolean secureRequest, boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        configuration(publicUrl).secureSessionCookie().customize(serializer);
        MockHttpServletResponse response = new MockHttpServletResponse();
        serializer.writeCookieValue(new CookieValue(request(secureRequest), response, "abc"));
        assertThat(response.getHeader("Set-Cookie").contains("Secure")).isEqualTo(secure);
    }

    @ParameterizedTest
    @CsvSource({ "https://mitra.example.org, false, true, __Host-MITRA_CSRF", "http://mitra.lan:8080, true, false, MITRA_CSRF",
            "'', false, false, MITRA_CSRF", "'', true, true, MITRA_CSRF" })
    void theCsrfCookieIsSecureAndHostOnlyWithAnHttpsPublicAddress(String publicUrl, boolean secureRequest,
            boolean secure, String name) {
        MockHttpServletRequest request = request(secureRequest);
        MockHttpServletResponse response = new MockHttpServletResponse();
        var repository = configuration(publicUrl).csrfCookie();
        repository.saveToken(repository.generateToken(request), request, response);
        Cookie cookie = response.getCookie(name);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getSecure()).isEqualTo(secure);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
    }

    private static SecurityConfiguration configuration(String publicUrl) {
        return new SecurityConfiguration(new PublicUrl(publicUrl, "", 8080));
    }

    private static MockHttpServletRequest request(boolean secure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setSecure(secure);
        return request;
    }
}
