package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;
import tools.jackson.databind.JsonNode;

@MitraOnSqlite
class SafetyApiIT {

    @LocalServerPort
    int port;

    @Test
    void aOneOffCheckAnswersFindingsCheckedAndUnrecognisedWithTheRulebookVersion() {
        Api api = new Api(port);
        User user = api.newUser();
        Answer answer = api.post(user, "/api/v1/safety/check", """
                {"age": 40, "conditions": ["pregnant, 20 weeks"], "medications": ["Xanax 0.5 mg as needed", "ibuprofen"],
                 "substances": ["a few beers at weekends", "Zorblex"]}""");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("rulebookVersion").asString()).isNotBlank();
        JsonNode first = body.get("findings").get(0);
        assertThat(first.get("severity").asString()).isEqualTo("avoid");
        assertThat(body.get("findings").valueStream().map(f -> f.get("ruleId").asString()))
                .containsExactlyInAnyOrder("pregnancy", "benzodiazepines", "alcohol");
        JsonNode benzo = body.get("findings").valueStream().filter(f -> f.get("ruleId").asString().equals("benzodiazepines"))
                .findFirst().orElseThrow();
        assertThat(benzo.get("input").asString()).isEqualTo("Xanax 0.5 mg as needed");
        assertThat(benzo.get("matched").asString()).isEqualTo("alprazolam");
        assertThat(benzo.get("category").asString()).isEqualTo("benzodiazepine");
        assertThat(benzo.get("evidence").asString()).isEqualTo("strong");
        assertThat(benzo.get("sources").get(0).get("url").asString()).startsWith("http");
        assertThat(body.get("checked").valueStream().map(JsonNode::asString)).containsExactly("ibuprofen");
        assertThat(body.get("unrecognised").valueStream().map(JsonNode::asString)).containsExactly("Zorblex");
    }

    @Test
    void badInputIsRefusedWithFieldErrors() {
        Api api = new Api(port);
        User user = api.newUser();
        Answer age = api.post(user, "/api/v1/safety/check", "{\"age\": 300}");
        assertThat(age.status()).isEqualTo(400);
        assertThat(age.isProblem()).isTrue();
        assertThat(age.errorFields()).containsExactly("age");
        Answer type = api.post(user, "/api/v1/safety/check", "{\"medications\": \"Xanax\"}");
        assertThat(type.status()).isEqualTo(400);
        Answer profile = api.put(user, "/api/v1/profile", """
                {"age": 0, "jurisdiction": "not a code", "dailyLimitMg": -5, "maxDosesPerDay": 500}""");
        assertThat(profile.status()).isEqualTo(400);
        assertThat(profile.errorFields()).containsExactlyInAnyOrder("age", "jurisdiction", "dailyLimitMg",
                "maxDosesPerDay");
        assertThat(api.post(null, "/api/v1/safety/check", "{}").status()).isEqualTo(401);
    }

    @Test
    void savingTheProfileScreensItAndAcknowledgementsSurviveTheNextSave() {
        Api api = new Api(port);
        User user = api.newUser("America/Chicago");
        Answer saved = api.put(user, "/api/v1/profile", """
                {"age": 52, "conditions": ["sleep apnea"], "medications": ["Xanax 0.5 mg as needed", "metformin"],
                 "substances": [], "jurisdiction": "us-tx", "dailyLimitMg": 8000, "maxDosesPerDay": 3}""");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text("jurisdiction")).isEqualTo("US-TX");
        assertThat(saved.text("timeZone")).isEqualTo("America/Chicago");
        assertThat(api.get(user, "/api/v1/profile").json().get("medications").get(0).asString())
                .isEqualTo("Xanax 0.5 mg as needed");

        JsonNode open = api.get(user, "/api/v1/safety/findings").json();
        assertThat(open.get("rulebookVersion").asString()).isNotBlank();
        assertThat(open.get("items").valueStream().map(f -> f.get("ruleId").asString()))
                .containsExactly("benzodiazepines", "respiratory-disease");
        JsonNode benzo = open.get("items").get(0);
        assertThat(benzo.get("origin").asString()).isEqualTo("PROFILE");
        assertThat(benzo.get("state").asString()).isEqualTo("NEW");
        assertThat(api.post(user, "/api/v1/safety/findings/" + benzo.get("id").asString() + "/acknowledge", null)
                .status()).isEqualTo(204);

        api.put(user, "/api/v1/profile", """
                {"age": 52, "conditions": ["sleep apnea"], "medications": ["Xanax 0.5 mg as needed", "gabapentin 300"]}""");
        assertThat(api.get(user, "/api/v1/safety/findings").json().get("items").valueStream()
                .map(f -> f.get("ruleId").asString())).containsExactly("gabapentinoids", "respiratory-disease");
        JsonNode all = api.get(user, "/api/v1/safety/findings?all=true").json().get("items");
        assertThat(all.valueStream().filter(f -> f.get("ruleId").asString().equals("benzodiazepines"))
                .map(f -> f.get("state").asString())).containsExactly("ACKNOWLEDGED");

        Answer screened = api.post(user, "/api/v1/safety/screen", null);
        assertThat(screened.status()).isEqualTo(200);
        assertThat(screened.json().get("findings")).hasSize(3);
    }

    @Test
    void acknowledgingAnUnknownFindingIsNotFound() {
        Api api = new Api(port);
        User user = api.newUser();
        Answer answer = api.post(user, "/api/v1/safety/findings/0195f4a0-0000-7000-8000-000000000000/acknowledge",
                null);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void theOpenApiDocumentSaysHowOftenAndSinceWhenAFindingWasRaised() {
        JsonNode schemas = new Api(port).get(null, "/v3/api-docs").json().get("components").get("schemas");
        JsonNode stored = schemas.get("StoredFinding").get("properties");
        assertThat(stored.get("count").get("description").asString()).contains("number of doses");
        assertThat(stored.get("firstSeenAt").get("description").asString()).isNotBlank();
        assertThat(stored.get("lastSeenAt").get("description").asString()).isNotBlank();
        JsonNode dose = schemas.get("DoseFinding").get("properties");
        assertThat(dose.get("id").get("description").asString()).contains("null in a preview");
        assertThat(dose.get("asOf").get("description").asString()).isNotBlank();
    }
}
