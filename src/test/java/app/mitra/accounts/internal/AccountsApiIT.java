package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.RunningMitra;

/** Sign-up and tokens on an empty server with the default rule: the first account is the admin, then invites. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RunningMitra.OnFreshSqliteWithInvites.class)
@TestInstance(Lifecycle.PER_CLASS)
class AccountsApiIT {

    private static final String ADMIN = "first.admin";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private Api api;
    private Answer admin;
    private String adminToken;

    @BeforeAll
    void theFirstAccountIsCreatedWithoutAnInvite() {
        api = new Api(port);
        admin = api.signUp(ADMIN, Api.PASSWORD, "Europe/Berlin", null);
        adminToken = "Bearer " + api.token(ADMIN, Api.PASSWORD);
    }

    private String invite() {
        UUID id = admin.id();
        return accounts.createInvite(new AccountUser(id, ADMIN, List.of("person", "admin"), null)).code();
    }

    @Test
    void theFirstAccountIsAnAdminInItsTimeZone() {
        assertThat(admin.status()).isEqualTo(201);
        assertThat(admin.text("username")).isEqualTo(ADMIN);
        assertThat(admin.text("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(admin.json().get("roles").toString()).contains("admin", "person");
    }

    @Test
    void laterAccountsNeedAnInviteThatWorksOnce() {
        assertThat(api.signUp("no.invite", Api.PASSWORD, null, null).errorFields()).containsExactly("inviteCode");
        assertThat(api.signUp("bad.invite", Api.PASSWORD, null, "made-up").errorFields()).containsExactly("inviteCode");
        String code = invite();
        Answer invited = api.signUp("invited.one", Api.PASSWORD, null, code);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.text("timeZone")).isEqualTo("UTC");
        assertThat(invited.json().get("roles").toString()).doesNotContain("admin");
        Answer reused = api.signUp("invited.two", Api.PASSWORD, null, code);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.errorFields()).containsExactly("inviteCode");
    }

    @ParameterizedTest(name = "{0} / {1} / {2} is refused on {3}")
    @CsvSource({
        "ab,           pale-orchid-river-7319, UTC,          username",
        "has space,    pale-orchid-river-7319, UTC,          username",
        "emoji☺,       pale-orchid-river-7319, UTC,          username",
        "short.pass,   eleven-char,            UTC,          password",
        "common.pass,  123456789abc,           UTC,          password",
        "sameasname,   my-sameasname-pass,     UTC,          password",
        "bad.zone,     pale-orchid-river-7319, Mars/Olympus, timeZone",
    })
    void usernamesPasswordsAndTimeZonesFollowTheRules(String username, String password, String zone, String field) {
        Answer answer = api.signUp(username, password, zone, invite());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.errorFields()).containsExactly(field);
    }

    @Test
    void aUsernameLongerThanSixtyFourIsRefusedAndUppercaseIsFolded() {
        assertThat(api.signUp("a".repeat(65), Api.PASSWORD, null, invite()).errorFields()).containsExactly("username");
        Answer folded = api.signUp("Mixed.Case", Api.PASSWORD, null, invite());
        assertThat(folded.text("username")).isEqualTo("mixed.case");
        assertThat(api.signUp("MIXED.case", Api.PASSWORD, null, invite()).errorFields()).containsExactly("username");
    }

    @Test
    void aTokenFromHttpBasicOpensTheApiUntilItIsRevoked() {
        Answer issued = api.send("POST", "/api/v1/tokens", Api.basic(ADMIN, Api.PASSWORD),
                "{\"name\": \"phone\", \"expiresInDays\": 30}");
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.text("name")).isEqualTo("phone");
        assertThat(issued.text("token")).startsWith("mitra_");
        assertThat(issued.json().get("expiresAt").isNull()).isFalse();
        String bearer = "Bearer " + issued.text("token");

        assertThat(api.send("GET", "/api/v1/account", bearer, null).text("username")).isEqualTo(ADMIN);
        assertThat(api.send("DELETE", "/api/v1/tokens/" + issued.id(), adminToken, null).status()).isEqualTo(204);
        Answer revoked = api.send("GET", "/api/v1/account", bearer, null);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.isProblem()).isTrue();
    }

    @Test
    void anExpiredTokenIsRefused() {
        Answer issued = api.send("POST", "/api/v1/tokens", Api.basic(ADMIN, Api.PASSWORD), "{\"name\": \"old\"}");
        jdbc.sql("update accounts_token set expires_at = :past where id = :id")
                .param("past", System.currentTimeMillis() - 1).param("id", issued.id().toString()).update();
        assertThat(api.send("GET", "/api/v1/account", "Bearer " + issued.text("token"), null).status())
                .isEqualTo(401);
    }

    @Test
    void aWrongPasswordGetsNoTokenAndAProblemAnswer() {
        for (String authorization : List.of(Api.basic(ADMIN, "wrong-password-123"), Api.basic("nobody", Api.PASSWORD),
                "Basic not-base64!")) {
            Answer answer = api.send("POST", "/api/v1/tokens", authorization, "{\"name\": \"x\"}");
            assertThat(answer.status()).as(authorization).isEqualTo(401);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.json().get("status").asInt()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "{\"name\": \" \"} | name", "{\"name\": \"x\", \"expiresInDays\": 0} | expiresInDays",
        "{\"name\": \"x\", \"expiresInDays\": 3651} | expiresInDays", "{\"name\": \"x\", \"expiresInDays\": \"soon\"} | expiresInDays" })
    void badTokenRequestsAreRefusedWithTheFieldToFix(String body, String field) {
        Answer answer = api.send("POST", "/api/v1/tokens", Api.basic(ADMIN, Api.PASSWORD), body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly(field);
    }

    @Test
    void revokingAnUnknownTokenIsNotFound() {
        assertThat(api.send("DELETE", "/api/v1/tokens/" + UUID.randomUUID(), adminToken, null).status()).isEqualTo(404);
    }

    @Test
    void anUnreadableSignUpIsABadRequest() {
        Answer answer = api.send("POST", "/api/v1/accounts", null, "{\"username\": ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void aPersonChangesTheirTimeZoneAndPassword() {
        String username = "changer";
        api.signUp(username, Api.PASSWORD, null, invite());
        String bearer = "Bearer " + api.token(username, Api.PASSWORD);
        Answer moved = api.send("PUT", "/api/v1/account", bearer, "{\"timeZone\": \"Asia/Tokyo\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.text("timeZone")).isEqualTo("Asia/Tokyo");
        assertThat(api.send("PUT", "/api/v1/account", bearer, "{\"timeZone\": \"Asia/Atlantis\"}").errorFields())
                .containsExactly("timeZone");

        String newPassword = "quiet-harbour-lamp-5521";
        assertThat(api.send("PUT", "/api/v1/account/password", bearer,
                "{\"currentPassword\": \"wrong-one-123456\", \"newPassword\": \"%s\"}".formatted(newPassword))
                .errorFields()).containsExactly("currentPassword");
        assertThat(api.send("PUT", "/api/v1/account/password", bearer,
                "{\"currentPassword\": \"%s\", \"newPassword\": \"short\"}".formatted(Api.PASSWORD))
                .errorFields()).containsExactly("newPassword");
        assertThat(api.send("PUT", "/api/v1/account/password", bearer,
                "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(Api.PASSWORD, newPassword))
                .status()).isEqualTo(204);
        assertThat(api.send("POST", "/api/v1/tokens", Api.basic(username, Api.PASSWORD), "{\"name\": \"x\"}")
                .status()).isEqualTo(401);
        assertThat(api.token(username, newPassword)).startsWith("mitra_");
    }

    @Test
    void anUnknownApiPathIsANotFoundProblem() {
        Answer answer = api.send("GET", "/api/v1/nothing-here", adminToken, null);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
    }
}
