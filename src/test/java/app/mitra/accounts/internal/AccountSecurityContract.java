package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.Browser;
import tools.jackson.databind.JsonNode;

/**
 * Account security over real HTTP (API.md, "Account security"), once per database: the sign-in
 * throttle, sessions and tokens listed and ended, a new password ending every other sign-in, and
 * the security log. Each test signs up its own people and comes from its own made-up addresses.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class AccountSecurityContract {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/126.0 Mobile Safari/537.36";
    private static final String LAPTOP = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeAll
    void api() {
        api = new Api(port);
    }

    /** A made-up client address of this test alone, as a trusted proxy would pass it on. */
    private static Map<String, String> from(String address) {
        return Map.of("X-Forwarded-For", address);
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private Answer tokenWith(User user, String password, String address) {
        return api.send("POST", "/api/v1/tokens", Api.basic(user.username(), password), "{\"name\": \"probe\"}",
                from(address));
    }

    private Browser browser(String userAgent, String address) {
        return new Browser(port, Map.of("User-Agent", userAgent, "X-Forwarded-For", address));
    }

    @Test
    void tenWrongPasswordsMakeThatAddressWaitEvenWithTheRightPasswordWhileOtherAddressesSignIn() {
        User user = api.newUser();
        String attacker = newAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(tokenWith(user, "wrong-password-" + i, attacker).status()).isEqualTo(401);
        }

        Answer blocked = tokenWith(user, Api.PASSWORD, attacker);
        Answer elsewhere = tokenWith(user, Api.PASSWORD, newAddress());

        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(429);
        assertThat(blocked.isProblem()).isTrue();
        assertThat(blocked.text("type")).endsWith("too-many-attempts");
        assertThat(elsewhere.status()).as("the person elsewhere is never locked out").isEqualTo(201);
    }

    @Test
    void theRetryAfterHeaderSaysHowLongToWait() {
        User user = api.newUser();
        String attacker = newAddress();
        for (int i = 0; i < 10; i++) {
            tokenWith(user, "wrong-password-" + i, attacker);
        }

        Answer blocked = tokenWith(user, Api.PASSWORD, attacker);

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.header("Retry-After").map(Integer::parseInt))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1, 60));
    }

    @Test
    void theSignInFormSaysCalmlyHowLongToWaitAfterTooManyWrongPasswords() {
        User user = api.newUser();
        Browser browser = browser(LAPTOP, newAddress());
        for (int i = 0; i < 9; i++) {
            assertThat(browser.signIn(user.username(), "wrong-password-" + i)).endsWith("/login?error");
        }
        assertThat(browser.signIn(user.username(), "wrong-password-9")).as("the tenth says so at once")
                .endsWith("/login?locked=1");

        String lockedOut = browser.signIn(user.username(), Api.PASSWORD);
        String page = browser.get(lockedOut.substring(lockedOut.indexOf("/login"))).body();

        assertThat(lockedOut).endsWith("/login?locked=1");
        assertThat(page).contains("paused for about a minute").contains("Your account and your entries are safe");
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void aRightPasswordClearsTheCountOfThatAddress() {
        User user = api.newUser();
        String home = newAddress();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 9; i++) {
                tokenWith(user, "typo-in-password-" + i, home);
            }
            assertThat(tokenWith(user, Api.PASSWORD, home).status()).isEqualTo(201);
        }
    }

    @Test
    void passwordConfirmationsAreCountedLikeSignIns() {
        User user = api.newUser();
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            Answer refused = api.send("DELETE", "/api/v1/account", "Bearer " + user.token(),
                    "{\"password\": \"not-my-password-" + i + "\"}", from(address));
            assertThat(refused.errorFields()).containsExactly("password");
        }

        Answer blocked = api.send("DELETE", "/api/v1/account", "Bearer " + user.token(),
                "{\"password\": \"" + Api.PASSWORD + "\"}", from(address));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(api.get(user, "/api/v1/account").status()).as("the account is still there").isEqualTo(200);
    }

    @Test
    void sessionsAreListedWithTheirDeviceAndAddressAndEndedOneByOne() {
        User user = api.newUser();
        String phoneAddress = newAddress();
        Browser phone = browser(PHONE, phoneAddress);
        Browser laptop = browser(LAPTOP, newAddress());
        assertThat(phone.signIn(user.username(), Api.PASSWORD)).endsWith("/today");
        assertThat(laptop.signIn(user.username(), Api.PASSWORD)).endsWith("/today");

        JsonNode sessions = api.get(user, "/api/v1/account/sessions").json().get("items");
        assertThat(sessions).hasSize(2);
        JsonNode phoneSession = null;
        for (JsonNode session : sessions) {
            assertThat(session.get("current").asBoolean()).as("an API call has no session of its own").isFalse();
            assertThat(session.get("createdAt").asString()).endsWith("Z");
            if ("Chrome on Android".equals(session.get("device").asString())) {
                phoneSession = session;
            }
        }
        assertThat(phoneSession).isNotNull();
        assertThat(phoneSession.get("address").asString()).isEqualTo(phoneAddress);

        Answer ended = api.delete(user, "/api/v1/account/sessions/" + phoneSession.get("id").asString());

        assertThat(ended.status()).isEqualTo(204);
        assertThat(phone.signedIn()).as("the phone is signed out at once").isFalse();
        assertThat(laptop.signedIn()).isTrue();
        assertThat(api.delete(user, "/api/v1/account/sessions/" + phoneSession.get("id").asString()).status())
                .isEqualTo(404);
    }

    @Test
    void anotherPersonsSessionIdIsNotFound() {
        User owner = api.newUser();
        User stranger = api.newUser();
        browser(PHONE, newAddress()).signIn(owner.username(), Api.PASSWORD);
        String id = api.get(owner, "/api/v1/account/sessions").json().get("items").get(0).get("id").asString();

        assertThat(api.delete(stranger, "/api/v1/account/sessions/" + id).status()).isEqualTo(404);
        assertThat(api.get(owner, "/api/v1/account/sessions").json().get("items")).hasSize(1);
    }

    @Test
    void signingOutEverywhereElseKeepsOnlyTheDeviceThatAsked() {
        User user = api.newUser();
        Browser phone = browser(PHONE, newAddress());
        Browser laptop = browser(LAPTOP, newAddress());
        phone.signIn(user.username(), Api.PASSWORD);
        laptop.signIn(user.username(), Api.PASSWORD);

        var answer = laptop.submit("/settings/security", "/settings/sessions/end-others", Map.of());

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/settings/security"));
        assertThat(laptop.signedIn()).isTrue();
        assertThat(phone.signedIn()).isFalse();
        assertThat(laptop.get("/settings/security").body()).contains("This device").contains("Firefox on Linux")
                .contains("Signed out another device");
    }

    @Test
    void aNewPasswordThroughTheApiEndsEverySessionAndEveryOtherTokenAtOnce() {
        User user = api.newUser();
        String otherToken = api.token(user.username(), Api.PASSWORD);
        Browser phone = browser(PHONE, newAddress());
        phone.signIn(user.username(), Api.PASSWORD);
        String newPassword = "harbour-lantern-quiet-8812";

        Answer changed = api.put(user, "/api/v1/account/password",
                "{\"currentPassword\": \"" + Api.PASSWORD + "\", \"newPassword\": \"" + newPassword + "\"}");

        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get(user, "/api/v1/account").status()).as("the token that made the change").isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/account", "Bearer " + otherToken, null).status()).isEqualTo(401);
        assertThat(phone.signedIn()).isFalse();
        assertThat(api.get(user, "/api/v1/tokens").json().get("items")).hasSize(1);
    }

    @Test
    void aNewPasswordInTheBrowserKeepsThatBrowserAndEndsEverythingElse() {
        User user = api.newUser();
        Browser phone = browser(PHONE, newAddress());
        Browser laptop = browser(LAPTOP, newAddress());
        phone.signIn(user.username(), Api.PASSWORD);
        laptop.signIn(user.username(), Api.PASSWORD);

        var answer = laptop.submit("/settings/security", "/settings/password",
                Map.of("currentPassword", Api.PASSWORD, "newPassword", "harbour-lantern-quiet-8812"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(laptop.signedIn()).isTrue();
        assertThat(phone.signedIn()).isFalse();
        assertThat(api.get(user, "/api/v1/account").status()).as("every API token ends too").isEqualTo(401);
    }

    @Test
    void aSessionEndsThirtyDaysAfterSigningInHoweverActive() {
        User user = api.newUser();
        Browser phone = browser(PHONE, newAddress());
        phone.signIn(user.username(), Api.PASSWORD);
        assertThat(phone.signedIn()).isTrue();

        jdbc.sql("update accounts_session set creation_time = :old where principal_name = :name")
                .param("old", Instant.now().minus(Duration.ofDays(30)).minusSeconds(60).toEpochMilli())
                .param("name", user.username()).update();

        assertThat(phone.signedIn()).isFalse();
    }

    @Test
    void aNewTokenLastsAYearUnlessItsMakerChoosesAndTheListIsWrapped() {
        User user = api.newUser();
        Answer yearly = api.send("POST", "/api/v1/tokens", Api.basic(user.username(), Api.PASSWORD),
                "{\"name\": \"script\"}", from(newAddress()));
        Answer weekly = api.send("POST", "/api/v1/tokens", Api.basic(user.username(), Api.PASSWORD),
                "{\"name\": \"week\", \"expiresInDays\": 7}", from(newAddress()));

        Duration year = Duration.between(Instant.now(), Instant.parse(yearly.text("expiresAt")));
        Duration week = Duration.between(Instant.now(), Instant.parse(weekly.text("expiresAt")));
        assertThat(year).isBetween(Duration.ofDays(364), Duration.ofDays(365));
        assertThat(week).isBetween(Duration.ofDays(6), Duration.ofDays(7));
        JsonNode items = api.get(user, "/api/v1/tokens").json().get("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).has("token")).as("never the secret itself").isFalse();
        assertThat(items.get(0).has("lastUsedAt")).isTrue();
    }

    @Test
    void theSecurityLogListsWhatHappenedNewestFirstPageByPage() {
        User user = api.newUser();
        String address = newAddress();
        tokenWith(user, "wrong-password-1", address);
        String token = tokenWith(user, Api.PASSWORD, address).text("token");
        Answer created = api.send("GET", "/api/v1/tokens", "Bearer " + token, null);
        assertThat(created.status()).isEqualTo(200);

        List<String> types = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = api.get(user, "/api/v1/account/events?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("items").forEach(event -> {
                types.add(event.get("type").asString());
                assertThat(event.get("at").asString()).endsWith("Z");
            });
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
        } while (cursor != null && types.size() < 20);

        assertThat(types).containsSubsequence("TOKEN_CREATED", "SIGN_IN_FAILED", "TOKEN_CREATED");
        assertThat(api.get(api.newUser(), "/api/v1/account/events").json().get("items").toString())
                .as("another person's log holds none of it").doesNotContain("SIGN_IN_FAILED");
    }

    @Test
    void sharingALinkItsOpeningsAndDownloadsAreInTheLog() {
        User user = api.newUser();
        Answer share = api.post(user, "/api/v1/shares", "{\"expiresInDays\": 7, \"sections\": [\"summary\"]}");
        String url = share.text("url");
        assertThat(api.send("GET", url.substring(url.indexOf("/shared/")), null, null, from(newAddress())).status())
                .isEqualTo(200);
        assertThat(api.delete(user, "/api/v1/shares/" + share.id()).status()).isEqualTo(204);
        assertThat(api.get(user, "/api/v1/export?format=json").status()).isEqualTo(200);

        List<String> types = new ArrayList<>();
        api.get(user, "/api/v1/account/events").json().get("items").forEach(e -> types.add(e.get("type").asString()));

        assertThat(types).containsSubsequence("EXPORTED", "SHARE_REVOKED", "SHARE_ACCESSED", "SHARE_CREATED");
    }

    @Test
    void theLogNamesTheAddressFromATrustedProxyOnly() {
        User user = api.newUser();
        String address = newAddress();
        tokenWith(user, "wrong-password-1", address);

        JsonNode failed = api.get(user, "/api/v1/account/events").json().get("items").get(0);

        assertThat(failed.get("type").asString()).isEqualTo("SIGN_IN_FAILED");
        assertThat(failed.get("address").asString()).isEqualTo(address);
        assertThat(failed.get("device").asString()).startsWith("Java-http-client");
    }

    @Test
    void aRevokedTokenStopsAtOnceOnTheNodeThatRevokedIt() {
        User user = api.newUser();
        String second = api.token(user.username(), Api.PASSWORD);
        UUID id = UUID.fromString(api.send("GET", "/api/v1/tokens", "Bearer " + second, null).json().get("items")
                .get(0).get("id").asString());

        assertThat(api.delete(user, "/api/v1/tokens/" + id).status()).isEqualTo(204);

        assertThat(api.send("GET", "/api/v1/account", "Bearer " + second, null).status()).isEqualTo(401);
    }
}
