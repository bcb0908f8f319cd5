package app.mitra.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.testing.Api;
import app.mitra.testing.MitraOnSqlite;
import app.mitra.testing.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whatever is wrong with a request, the API answers a problem and the web app its error page; never a 500. */
@MitraOnSqlite
class MalformedRequestsIT {

    private static final List<String> BROKEN_QUERIES = List.of("?=x", "?from=%ZZ", "?cursor=%00%ff", "?%",
            "?from=%C3%28", "?limit=5&=", "?to=%");

    @LocalServerPort
    int port;

    Api api;
    Api.User user;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        user = api.newUser();
    }

    @Test
    void everyApiPathAnswersAMalformedQueryStringWithA400Problem() {
        JsonNode paths = JsonMapper.builder().build().readTree(api.send("GET", "/v3/api-docs", null, null).body())
                .get("paths");
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (var path : paths.properties()) {
            for (String method : List.of("get", "post", "put", "delete")) {
                if (!path.getValue().has(method)) {
                    continue;
                }
                String target = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (String query : BROKEN_QUERIES) {
                    RawHttp.Answer answer = RawHttp.send(port, method.toUpperCase(), target + query,
                            "Authorization: Bearer " + user.token(), "Content-Length: 0");
                    tried++;
                    if (answer.status() != 400 || !answer.isProblem()) {
                        failures.add(method + " " + target + query + " -> " + answer);
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    @Test
    void theExportAnswersAProblemNotSpringBootsDefaultBody() {
        RawHttp.Answer answer = RawHttp.get(port, "/api/v1/export?=x", "Authorization: Bearer " + user.token());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.body()).contains("\"type\":\"urn:mitra:problem:bad-request\"").doesNotContain("timestamp");
    }

    @Test
    void aFormBodyTomcatCannotReadIsA400ProblemOnTheApi() {
        RawHttp.Answer answer = RawHttp.sendBody(port, "POST", "/api/v1/checkins", "application/x-www-form-urlencoded",
                "=x&%", "Authorization: Bearer " + user.token());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void aMalformedQueryStringIsRefusedBeforeSignIn() {
        RawHttp.Answer answer = RawHttp.get(port, "/api/v1/checkins?from=%ZZ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/login?=x", "/signup?%", "/today?from=%ZZ", "/shared/abc?x=%C3%28" })
    void aWebPageWithAMalformedQueryStringShowsTheFriendly400Page(String target) {
        RawHttp.Answer answer = RawHttp.get(port, target, "Accept: text/html");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("content-type")).startsWith("text/html");
        assertThat(answer.body()).contains("That did not go through");
    }

    @Test
    void badCursorsAreRefusedNamingTheCursor() {
        for (String cursor : List.of("%00", "%00abc", "!!!", encoded("1:2:3"), encoded("x\u0000:" + UUID.randomUUID()),
                encoded("99999999999999999999:" + UUID.randomUUID()), "%F0%9F%98%80")) {
            Api.Answer answer = api.get(user, "/api/v1/checkins?cursor=" + cursor);
            assertThat(answer.status()).as(cursor).isEqualTo(400);
            assertThat(answer.errorFields()).as(cursor).containsExactly("cursor");
        }
    }

    @Test
    void aWrongMethodOnARealPathIs405WithTheMethodsItTakes() {
        Api.Answer checkins = api.send("PATCH", "/api/v1/checkins", "Bearer " + user.token(), "{}");
        assertThat(checkins.status()).isEqualTo(405);
        assertThat(checkins.isProblem()).isTrue();
        RawHttp.Answer doses = RawHttp.send(port, "PUT", "/api/v1/doses", "Authorization: Bearer " + user.token(),
                "Content-Length: 0");
        assertThat(doses.status()).isEqualTo(405);
        assertThat(doses.isProblem()).isTrue();
        assertThat(doses.header("allow")).contains("GET", "POST").doesNotContain("PUT");
        RawHttp.Answer one = RawHttp.send(port, "POST", "/api/v1/doses/" + UUID.randomUUID(),
                "Authorization: Bearer " + user.token(), "Content-Length: 0");
        assertThat(one.status()).isEqualTo(405);
        assertThat(one.header("allow")).contains("GET", "PUT", "DELETE");
    }

    @Test
    void anUnknownApiPathIsStillA404ProblemWhateverTheMethod() {
        for (String method : List.of("GET", "PATCH", "DELETE")) {
            Api.Answer answer = api.send(method, "/api/v1/nothing-here", "Bearer " + user.token(), null);
            assertThat(answer.status()).as(method).isEqualTo(404);
            assertThat(answer.isProblem()).as(method).isTrue();
        }
    }

    @Test
    void requestsTheFirewallRefusesAnswerProblemsOnTheApi() {
        for (String target : List.of("/api/v1//checkins", "/api/v1/checkins;jsessionid=1", "/api/v1/./checkins")) {
            RawHttp.Answer answer = RawHttp.get(port, target, "Authorization: Bearer " + user.token());
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.isProblem()).as(target + " " + answer).isTrue();
        }
    }

    @Test
    void requestsTomcatRefusesBeforeAnyServletAreProblemsOnTheApi() {
        for (String target : List.of("/api/v1/checkins/%2F..%2Fx", "/api/v1/checkins/%00", "/api/v1/check%20ins/a b")) {
            RawHttp.Answer answer = RawHttp.get(port, target, "Authorization: Bearer " + user.token());
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.isProblem()).as(target + " " + answer).isTrue();
        }
        RawHttp.Answer huge = RawHttp.get(port, "/api/v1/checkins", "X-Filler: " + "a".repeat(20_000));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.isProblem()).isTrue();
        RawHttp.Answer page = RawHttp.get(port, "/today/%2F", "Accept: text/html");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("Tomcat");
    }

    @Test
    void errorsForClientsThatDoNotAskForHtmlAreProblems() {
        RawHttp.Answer page = RawHttp.get(port, "/shared/no-such-link", "Accept: application/json");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.isProblem()).as(page.toString()).isTrue();
        Api.Answer wrongType = api.send("POST", "/api/v1/checkins", "Bearer " + user.token(), "[1, 2]");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.isProblem()).isTrue();
        RawHttp.Answer unsupported = RawHttp.send(port, "POST", "/api/v1/checkins",
                "Authorization: Bearer " + user.token(), "Content-Type: text/plain", "Content-Length: 0");
        assertThat(unsupported.status()).isEqualTo(415);
        assertThat(unsupported.isProblem()).isTrue();
        RawHttp.Answer notAcceptable = RawHttp.get(port, "/api/v1/checkins", "Authorization: Bearer " + user.token(),
                "Accept: image/png");
        assertThat(notAcceptable.status()).isEqualTo(406);
        assertThat(notAcceptable.isProblem()).isTrue();
    }

    private static String encoded(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
