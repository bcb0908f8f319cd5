package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.Browser;
import app.mitra.testing.MitraOnSqlite;

/**
 * A web request that arrives signed out or with a stale CSRF token leads to sign-in and back to the
 * page it came from, never to an error body: htmx requests by HX-Redirect, others by a redirect.
 */
@MitraOnSqlite
@TestInstance(Lifecycle.PER_CLASS)
class SignInRequiredIT {

    private static final Map<String, String> HTMX = Map.of("HX-Request", "true",
            "HX-Current-URL", "http://localhost/today?from=2026-12-01");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeAll
    void api() {
        api = new Api(port);
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("");
    }

    @Test
    void anHtmxEntrySentAfterTheSessionEndedLeadsToSignInAndBackToItsPage() {
        User user = api.newUser();
        Browser phone = new Browser(port);
        phone.signIn(user.username(), Api.PASSWORD);
        jdbc.sql("delete from accounts_session where principal_name = :name").param("name", user.username()).update();

        HttpResponse<String> lost = phone.post("/login", "/checkins", Map.of("pain", "7"), null, HTMX);

        assertThat(lost.statusCode()).isEqualTo(401);
        assertThat(lost.headers().firstValue("HX-Redirect"))
                .hasValue("/login?lost&return=%2Ftoday%3Ffrom%3D2026-12-01");
        assertThat(lost.body()).as("no error body for the page to show").isEmpty();
        assertThat(api.get(user, "/api/v1/checkins").json().get("items")).isEmpty();
    }

    @Test
    void aPlainFormSentSignedOutLeadsToSignInAndBackToThePageItWasSentFrom() {
        Browser phone = new Browser(port);

        HttpResponse<String> lost = phone.post("/login", "/doses", Map.of("amount", "2"), null,
                Map.of("Referer", "http://localhost:" + port + "/doses/new"));

        assertThat(lost.statusCode()).isEqualTo(302);
        assertThat(location(lost)).isEqualTo("/login?lost&return=%2Fdoses%2Fnew");
        assertThat(phone.get(location(lost)).body()).contains("You were signed out before your entry was saved")
                .contains("name=\"return\" value=\"/doses/new\"");
    }

    @Test
    void aPageOpenedSignedOutLeadsBackToItselfAfterSigningIn() {
        User user = api.newUser();
        Browser phone = new Browser(port);

        HttpResponse<String> page = phone.get("/history?day=2026-11-30");
        String signIn = location(page);
        String back = phone.submit(signIn, "/login", Map.of("username", user.username(), "password", Api.PASSWORD,
                "return", "/history?day=2026-11-30")).headers().firstValue("Location").orElse("");

        assertThat(signIn).isEqualTo("/login?return=%2Fhistory%3Fday%3D2026-11-30");
        assertThat(phone.get(signIn).body()).doesNotContain("You were signed out before");
        assertThat(back).isEqualTo("/history?day=2026-11-30");
    }

    @ParameterizedTest
    @ValueSource(strings = { "//evil.example/today", "https://evil.example/", "/login?lost", "/api/v1/account",
            "/\\evil.example", "javascript:alert(1)", "/logout" })
    void signingInNeverLeadsAwayFromMitrasOwnPages(String target) {
        User user = api.newUser();
        Browser phone = new Browser(port);

        String back = phone.submit("/login", "/login", Map.of("username", user.username(), "password", Api.PASSWORD,
                "return", target)).headers().firstValue("Location").orElse("");

        assertThat(back).isEqualTo("/today");
    }

    @Test
    void aWrongPasswordKeepsThePageToGoBackTo() {
        User user = api.newUser();
        Browser phone = new Browser(port, Map.of("X-Forwarded-For", "198.19.7.1"));

        String failed = phone.submit("/login", "/login", Map.of("username", user.username(), "password", "not-it-1234",
                "return", "/history")).headers().firstValue("Location").orElse("");

        assertThat(failed).isEqualTo("/login?error&return=%2Fhistory");
    }

    @Test
    void aStaleCsrfTokenWhileSignedInLeadsBackToThePageRatherThanAnError() {
        User user = api.newUser();
        Browser phone = new Browser(port);
        phone.signIn(user.username(), Api.PASSWORD);

        HttpResponse<String> htmx = phone.post("/today", "/checkins", Map.of("pain", "4"), "stale-token", HTMX);
        HttpResponse<String> plain = phone.post("/today", "/checkins", Map.of("pain", "4"), "stale-token",
                Map.of("Referer", "http://localhost:" + port + "/today"));

        assertThat(htmx.statusCode()).isEqualTo(403);
        assertThat(htmx.headers().firstValue("HX-Redirect")).hasValue("/today?from=2026-12-01");
        assertThat(htmx.body()).isEmpty();
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(location(plain)).isEqualTo("/today");
        assertThat(phone.signedIn()).as("still signed in").isTrue();
    }
}
