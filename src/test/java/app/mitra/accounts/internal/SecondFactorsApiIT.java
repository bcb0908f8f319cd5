package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;
import app.mitra.testing.StoredPasskey;

/** The authenticator app over the API, and what it changes for token creation with HTTP Basic. */
@MitraOnSqlite
class SecondFactorsApiIT {

    private static final String SECOND_FACTOR_REQUIRED = "urn:mitra:problem:second-factor-required";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The code the authenticator app shows {@code steps} periods from now. */
    static String code(String secret, int steps) {
        return Totp.code(Base32.decode(secret), Totp.step(Instant.now()) + steps);
    }

    private Answer tokenRequest(Api api, User user, String body) {
        return api.send("POST", "/api/v1/tokens", Api.basic(user.username(), Api.PASSWORD), body);
    }

    private static List<String> strings(Answer answer, String field) {
        return StreamSupport.stream(answer.json().get(field).spliterator(), false).map(node -> node.asString()).toList();
    }

    @Test
    void confirmingTheAppGivesTenRecoveryCodesAndEndsEveryOtherToken() {
        Api api = new Api(port);
        User user = api.newUser();
        String otherToken = api.token(user.username(), Api.PASSWORD);

        Answer setup = api.post(user, "/api/v1/account/totp", null);
        assertThat(setup.status()).as(setup.toString()).isEqualTo(200);
        String secret = setup.text("secret");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(setup.text("otpauthUri")).isEqualTo("otpauth://totp/Mitra:" + user.username() + "?secret=" + secret
                + "&issuer=Mitra&algorithm=SHA1&digits=6&period=30");
        assertThat(tokenRequest(api, user, "{\"name\": \"before\"}").status()).as("not on until confirmed")
                .isEqualTo(201);

        Answer wrong = api.post(user, "/api/v1/account/totp/confirm", "{\"code\": \"" + code(secret, 5) + "\"}");
        assertThat(wrong.errorFields()).containsExactly("code");
        Answer confirmed = api.post(user, "/api/v1/account/totp/confirm", "{\"code\": \"" + code(secret, 0) + "\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        List<String> codes = strings(confirmed, "recoveryCodes");
        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        assertThat(jdbc.sql("select code_hash from accounts_recovery_code where user_id = :user")
                .param("user", user.id().toString()).query(String.class).list())
                .as("stored hashed").hasSize(10).noneMatch(codes::contains);

        assertThat(api.get(user, "/api/v1/account").status()).as("the token that confirmed").isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/account", "Bearer " + otherToken, null).status()).isEqualTo(401);
        assertThat(api.post(user, "/api/v1/account/totp", null).status()).as("a second set-up while on")
                .isEqualTo(409);
        Answer status = api.get(user, "/api/v1/account/second-factors");
        assertThat(status.json().get("totp").asBoolean()).isTrue();
        assertThat(status.json().get("recoveryCodesLeft").asInt()).isEqualTo(10);
    }

    /** The app's secret and the recovery codes of a person who turned it on with the current code. */
    private record WithApp(String secret, List<String> recoveryCodes) {
    }

    private static WithApp withApp(Api api, User user) {
        String secret = api.post(user, "/api/v1/account/totp", null).text("secret");
        return new WithApp(secret, strings(api.post(user, "/api/v1/account/totp/confirm",
                "{\"code\": \"" + code(secret, 0) + "\"}"), "recoveryCodes"));
    }

    @Test
    void withTheAppOnATokenNeedsACodeOnceOrARecoveryCodeOnce() {
        Api api = new Api(port);
        User user = api.newUser();
        WithApp app = withApp(api, user);
        String secret = app.secret();
        List<String> codes = app.recoveryCodes();

        Answer passwordAlone = tokenRequest(api, user, "{\"name\": \"laptop\"}");
        assertThat(passwordAlone.status()).isEqualTo(401);
        assertThat(passwordAlone.isProblem()).isTrue();
        assertThat(passwordAlone.text("type")).isEqualTo(SECOND_FACTOR_REQUIRED);
        assertThat(strings(passwordAlone, "methods")).containsExactly("otp", "recoveryCode");

        String next = code(secret, 1);
        assertThat(tokenRequest(api, user, "{\"name\": \"laptop\", \"otp\": \"" + code(secret, 0) + "\"}").status())
                .as("the code that confirmed the app, again").isEqualTo(401);
        assertThat(tokenRequest(api, user, "{\"name\": \"laptop\", \"otp\": \"" + next + "\"}").status()).isEqualTo(201);
        Answer replay = tokenRequest(api, user, "{\"name\": \"laptop\", \"otp\": \"" + next + "\"}");
        assertThat(replay.status()).as("the same code twice").isEqualTo(401);
        assertThat(replay.text("type")).isEqualTo(SECOND_FACTOR_REQUIRED);

        String recovery = codes.get(3).toUpperCase().replace("-", " ");
        assertThat(tokenRequest(api, user, "{\"name\": \"phone\", \"recoveryCode\": \"" + recovery + "\"}").status())
                .as("a recovery code, typed loosely").isEqualTo(201);
        assertThat(tokenRequest(api, user, "{\"name\": \"phone\", \"recoveryCode\": \"" + codes.get(3) + "\"}")
                .status()).as("a recovery code twice").isEqualTo(401);
        assertThat(api.get(user, "/api/v1/account/second-factors").json().get("recoveryCodesLeft").asInt())
                .isEqualTo(9);
        assertThat(jdbc.sql("select count(*) from accounts_security_event where user_id = :user and type = :type")
                .param("user", user.id().toString()).param("type", "RECOVERY_CODE_USED").query(Integer.class).single())
                .isOne();
    }

    @Test
    void turningTheAppOffTakesThePasswordAndACodeAndThenThePasswordIsEnoughAgain() {
        Api api = new Api(port);
        User user = api.newUser();
        List<String> codes = withApp(api, user).recoveryCodes();

        Answer wrongPassword = api.send("DELETE", "/api/v1/account/totp", "Bearer " + user.token(),
                "{\"password\": \"not the password\", \"code\": \"" + codes.get(0) + "\"}");
        assertThat(wrongPassword.errorFields()).containsExactly("password");
        Answer off = api.send("DELETE", "/api/v1/account/totp", "Bearer " + user.token(),
                "{\"password\": \"" + Api.PASSWORD + "\", \"code\": \"" + codes.get(0) + "\"}");
        assertThat(off.status()).as(off.toString()).isEqualTo(204);

        assertThat(tokenRequest(api, user, "{\"name\": \"laptop\"}").status()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from accounts_recovery_code where user_id = :user")
                .param("user", user.id().toString()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select type from accounts_security_event where user_id = :user")
                .param("user", user.id().toString()).query(String.class).list())
                .contains("TOTP_ENABLED", "TOTP_DISABLED", "RECOVERY_CODE_USED");
    }

    @Test
    void anAccountWithOnlyAPasskeyCannotMakeATokenWithItsPassword() {
        Api api = new Api(port);
        User user = api.newUser();
        StoredPasskey.insert(jdbc, user.id(), "Phone");

        Answer refused = tokenRequest(api, user, "{\"name\": \"laptop\", \"otp\": \"123456\"}");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("type")).isEqualTo(SECOND_FACTOR_REQUIRED);
        assertThat(refused.text("detail")).contains("passkey").contains("Settings");
        assertThat(strings(refused, "methods")).isEmpty();
        assertThat(api.get(user, "/api/v1/account/second-factors").json().get("passkeys").get(0).get("name")
                .asString()).isEqualTo("Phone");
    }
}
