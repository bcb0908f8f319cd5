package app.mitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.mitra.MitraApplication;
import app.mitra.common.storage.JobRuns;
import app.mitra.testing.Api;
import app.mitra.testing.Browser;
import app.mitra.testing.PostgresServer;
import app.mitra.testing.TestDatabase.TestDirectories;

/** Two Mitra servers on one PostgreSQL, as behind a load balancer: either serves anyone's requests. */
class TwoNodesIT {

    private static String url;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        url = PostgresServer.createDatabase();
        nodeA = node("a");
        nodeB = node("b");
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(MitraApplication.class).run("--server.port=0", "--mitra.db-url=" + url,
                "--mitra.data-dir=" + TestDirectories.create("node-" + name), "--mitra.accounts.registration=open");
    }

    @AfterAll
    static void stopBoth() {
        nodeA.close();
        nodeB.close();
        PostgresServer.dropDatabase(url);
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aTokenIssuedByOneNodeReadsWhatTheOtherWrote() {
        Api a = new Api(port(nodeA));
        Api b = new Api(port(nodeB));
        Api.User user = a.newUser();

        Api.Answer dose = b.post(user, "/api/v1/doses", "{\"takenAt\":\"2026-10-01T08:00:00Z\",\"form\":\"POWDER\","
                + "\"amount\":2,\"unit\":\"g\"}");
        Api.Answer read = a.get(user, "/api/v1/doses/" + dose.text("id"));

        assertThat(dose.status()).as(dose.toString()).isEqualTo(201);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("materialMg").asInt()).isEqualTo(2000);
    }

    @Test
    void aBrowserSignedInOnOneNodeIsSignedInOnTheOther() throws IOException, InterruptedException {
        Api.User user = new Api(port(nodeA)).newUser();
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String loginPage = browser.send(HttpRequest.newBuilder(uri(nodeA, "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();

        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri(nodeA, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user.username() + "&password=" + Api.PASSWORD
                        + "&_csrf=" + csrf.group(1), StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> today = browser.send(HttpRequest.newBuilder(uri(nodeB, "/today")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/today"));
        assertThat(today.statusCode()).as("node B knows node A's session").isEqualTo(200);
    }

    @Test
    void aTokenRevokedOnOneNodeStopsOnTheOtherWithinTheCacheTime() throws InterruptedException {
        Api a = new Api(port(nodeA));
        Api b = new Api(port(nodeB));
        Api.User user = a.newUser();
        String second = a.token(user.username(), Api.PASSWORD);
        assertThat(b.send("GET", "/api/v1/account", "Bearer " + second, null).status()).isEqualTo(200);
        String id = b.send("GET", "/api/v1/tokens", "Bearer " + second, null).json().get("items").get(0).get("id")
                .asString();

        long revokedAt = System.nanoTime();
        assertThat(a.delete(user, "/api/v1/tokens/" + id).status()).isEqualTo(204);
        assertThat(a.send("GET", "/api/v1/account", "Bearer " + second, null).status()).as("at once on node A")
                .isEqualTo(401);
        while (b.send("GET", "/api/v1/account", "Bearer " + second, null).status() == 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).as("node B within MITRA_TOKEN_CACHE_SECONDS")
                    .isLessThan(Duration.ofSeconds(7));
            Thread.sleep(200);
        }
    }

    @Test
    void aNewPasswordOnOneNodeSignsTheBrowserOutOnTheOtherAtOnce() {
        Api a = new Api(port(nodeA));
        Api.User user = a.newUser();
        Browser onB = new Browser(port(nodeB));
        onB.signIn(user.username(), Api.PASSWORD);
        assertThat(onB.signedIn()).isTrue();

        a.put(user, "/api/v1/account/password", "{\"currentPassword\": \"" + Api.PASSWORD
                + "\", \"newPassword\": \"lantern-harbour-quiet-5521\"}");

        assertThat(onB.signedIn()).isFalse();
    }

    @Test
    void aScheduledJobRunsOnOneNodeOnly() {
        Instant due = Instant.parse("2026-11-25T03:30:00Z");

        List<Boolean> claims = List.of(nodeA.getBean(JobRuns.class).claim("two-nodes-test", due),
                nodeB.getBean(JobRuns.class).claim("two-nodes-test", due.plusSeconds(2)));

        assertThat(claims).containsExactlyInAnyOrder(true, false);
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + port(node) + path);
    }
}
