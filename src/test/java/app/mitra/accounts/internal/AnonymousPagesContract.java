package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.testing.Api;

/**
 * Signed-out visits store no session: a session row in accounts_session is written at sign-in and at
 * sign-up, not for every page a crawler opens, while the forms keep their CSRF protection. On each
 * database ({@link AnonymousPagesOnSqliteIT}, {@link AnonymousPagesOnPostgresIT}).
 */
abstract class AnonymousPagesContract {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final List<String> ANONYMOUS_PAGES = List.of("/login", "/signup", "/login?error", "/login?logout",
            "/shared/" + UUID.randomUUID(), "/css/mitra.css", "/img/icon.svg", "/actuator/health", "/v3/api-docs",
            "/swagger-ui.html", "/today", "/no-such-page");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHundredSignedOutPageViewsStoreNoSession() {
        long before = sessions();
        for (int i = 0; i < 100; i++) {
            String page = ANONYMOUS_PAGES.get(i % ANONYMOUS_PAGES.size());
            HttpResponse<String> answer = new Browser().get(page);
            assertThat(answer.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("MITRA_SESSION="));
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void signingUpThroughTheFormStartsTheSession() {
        Browser browser = new Browser();
        String csrf = browser.csrfOf("/signup");
        long before = sessions();
        HttpResponse<String> signedUp = browser.post("/signup", Map.of("_csrf", csrf,
                "username", "form-" + UUID.randomUUID().toString().substring(0, 8), "password", Api.PASSWORD,
                "timeZone", "UTC"));
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(302);
        assertThat(signedUp.headers().firstValue("Location").orElseThrow()).endsWith("/today");
        assertThat(sessions()).isEqualTo(before + 1);
        assertThat(browser.get("/today").statusCode()).isEqualTo(200);
    }

    @Test
    void signingInThroughTheFormStartsTheSessionAndAFailedTryStoresNone() {
        String username = new Api(port).newUser().username();
        Browser browser = new Browser();
        long before = sessions();
        HttpResponse<String> failed = browser.post("/login", Map.of("_csrf", browser.csrfOf("/login"),
                "username", username, "password", "not-the-password-at-all"));
        assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(sessions()).isEqualTo(before);
        HttpResponse<String> signedIn = browser.post("/login", Map.of("_csrf", browser.csrfOf("/login"),
                "username", username, "password", Api.PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/today");
        assertThat(sessions()).isEqualTo(before + 1);
        assertThat(browser.get("/today").statusCode()).isEqualTo(200);
    }

    @Test
    void theFormsStillRefuseAPostWithoutTheirTokenAndOfferThemselvesAgain() {
        Browser browser = new Browser();
        browser.csrfOf("/login");
        HttpResponse<String> forged = browser.post("/login", Map.of("username", "someone", "password", Api.PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).hasValue("/login");
        HttpResponse<String> wrong = browser.post("/signup", Map.of("_csrf", "made-up", "username", "someone",
                "password", Api.PASSWORD));
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location")).hasValue("/signup");
        assertThat(jdbc.sql("select count(*) from accounts_user where username = 'someone'").query(Long.class).single())
                .as("nobody signed up").isZero();
    }

    private long sessions() {
        return jdbc.sql("select count(*) from accounts_session").query(Long.class).single();
    }

    /** One person's browser: its own cookies, redirects not followed. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                    StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        String csrfOf(String page) {
            Matcher token = CSRF.matcher(get(page).body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            return token.group(1) != null ? token.group(1) : token.group(2);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.header("Accept", "text/html").build(), BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
