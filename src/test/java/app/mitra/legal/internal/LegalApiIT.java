package app.mitra.legal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;
import tools.jackson.databind.JsonNode;

/** The legal API over real HTTP (API.md "Legal"), and the profile's jurisdiction checked against the data. */
@MitraOnSqlite
class LegalApiIT {

    @LocalServerPort
    int port;

    @Test
    void aLookupAnswersInTheContractShape() {
        Api api = new Api(port);
        User user = api.newUser();
        Answer answer = api.get(user, lookup("Tupelo, MS", "2026-08-22"));
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("status").asString()).isEqualTo("banned");
        assertThat(body.get("minAge").asInt()).isEqualTo(21);
        assertThat(body.get("sevenOh").asString()).isEqualTo("banned");
        assertThat(body.get("codes").get(0).asString()).isEqualTo("US-MS-TUPELO");
        assertThat(body.get("asOf").asString()).isNotBlank();
        assertThat(body.get("stale").isBoolean()).isTrue();
        assertThat(body.get("warnings").isArray()).isTrue();
        assertThat(body.get("sources").get(0).get("url").asString()).startsWith("http");
        assertThat(body.has("candidates")).isFalse();
    }

    @Test
    void anAmbiguousPlaceListsItsCandidates() {
        Api api = new Api(port);
        JsonNode body = api.get(api.newUser(), lookup("Washington", null)).json();
        assertThat(body.get("candidates").valueStream().map(c -> c.get("code").asString()))
                .containsExactlyInAnyOrder("US-WA", "US-DC");
        assertThat(body.get("candidates").get(0).has("name")).isTrue();
        assertThat(body.get("candidates").get(0).has("status")).isTrue();
    }

    @Test
    void anUnknownPlaceIsA404ProblemWithSuggestions() {
        Api api = new Api(port);
        Answer answer = api.get(api.newUser(), lookup("Singapur", null));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("suggestions").valueStream().map(JsonNode::asString)).contains("Singapore");
    }

    @Test
    void aMissingPlaceOrABadDateIsA400() {
        Api api = new Api(port);
        User user = api.newUser();
        assertThat(api.get(user, "/api/v1/legal/lookup").errorFields()).containsExactly("place");
        assertThat(api.get(user, "/api/v1/legal/lookup?place=Bangkok&date=yesterday").errorFields()).containsExactly("date");
    }

    @Test
    void aJurisdictionRowIsServedByCodeAndAnUnknownCodeIs404() {
        Api api = new Api(port);
        User user = api.newUser();
        JsonNode row = api.get(user, "/api/v1/legal/jurisdictions/US-RI").json();
        assertThat(row.get("status").asString()).isEqualTo("regulated");
        assertThat(row.get("priorStatus").asString()).isEqualTo("banned");
        assertThat(row.get("effectiveDate").asString()).isEqualTo("2026-04-01");
        assertThat(row.get("sources").size()).isPositive();
        assertThat(api.get(user, "/api/v1/legal/jurisdictions/US-ZZ").status()).isEqualTo(404);
    }

    @Test
    void theProfileKeepsOnlyJurisdictionsTheDataKnows() {
        Api api = new Api(port);
        User user = api.newUser();
        assertThat(api.put(user, "/api/v1/profile", "{\"jurisdiction\": \"US-CA-SD\"}").errorFields())
                .containsExactly("jurisdiction");
        Answer saved = api.put(user, "/api/v1/profile", "{\"jurisdiction\": \"us-ms-tupelo\"}");
        assertThat(saved.text("jurisdiction")).isEqualTo("US-MS-TUPELO");
    }

    @Test
    void theLibraryIsSearchableOverTheApi() {
        Api api = new Api(port);
        User user = api.newUser();
        JsonNode found = api.get(user, "/api/v1/library/articles?q=tea").json();
        assertThat(found.get(0).get("slug").asString()).isEqualTo("ways-to-take-it");
        JsonNode article = api.get(user, "/api/v1/library/articles/safety").json();
        assertThat(article.get("sources").size()).isPositive();
        assertThat(article.has("html")).isFalse();
        assertThat(api.get(user, "/api/v1/library/articles/nothing-here").status()).isEqualTo(404);
    }

    private static String lookup(String place, String date) {
        return "/api/v1/legal/lookup?place=" + URLEncoder.encode(place, StandardCharsets.UTF_8)
                + (date == null ? "" : "&date=" + date);
    }
}
