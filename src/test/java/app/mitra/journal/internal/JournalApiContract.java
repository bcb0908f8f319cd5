package app.mitra.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.accounts.AuditTrail;
import app.mitra.accounts.AuditTrail.Action;
import app.mitra.accounts.AuditTrail.Entry;
import app.mitra.common.Ids;
import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import tools.jackson.databind.JsonNode;

/**
 * The journal's REST contract (API.md), run against the whole application once per database:
 * see {@link JournalApiOnSqliteIT} and {@link JournalApiOnPostgresIT}.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class JournalApiContract {

    static final String MORNING = "2026-03-01T08:30:00-05:00";

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    Api api;
    User alice;

    /** One person for tests that do not count their entries: signing up costs an Argon2 hash. */
    @BeforeAll
    void signUp() {
        api = new Api(port);
        alice = api.newUser();
    }

    static String checkIn(UUID id, String takenAt, int pain) {
        return """
                {"id": %s, "takenAt": "%s", "pain": %d}""".formatted(id == null ? "null" : "\"" + id + "\"", takenAt,
                pain);
    }

    static String powder(UUID id, double grams) {
        return """
                {"id": "%s", "takenAt": "%s", "form": "POWDER", "amount": %s, "unit": "g", "method": "TOSS_AND_WASH"}"""
                .formatted(id, MORNING, grams);
    }

    static void assertBadInput(Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.errorFields()).as(answer.toString()).anyMatch(name -> name.startsWith(field));
    }

    @Test
    void aPegCheckInIsStoredWithItsMeanAndAnsweredInUtc() {
        Answer created = api.post(alice, "/api/v1/checkins", """
                {"takenAt": "%s", "pain": 7, "enjoyment": 4, "activity": 5, "painTypes": ["NEUROPATHIC"],
                 "bodySites": ["left foot"], "sideEffects": [{"symptom": "nausea", "severity": 2}], "note": "weekly"}"""
                .formatted(MORNING));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("peg").asDouble()).isEqualTo(5.3);
        assertThat(created.text("instrument")).isEqualTo("PEG");
        assertThat(Instant.parse(created.text("takenAt"))).isEqualTo(Instant.parse("2026-03-01T13:30:00Z"));
        assertThat(created.text("takenAt")).endsWith("Z");
        assertThat(created.id().version()).isEqualTo(7);

        Answer read = api.get(alice, "/api/v1/checkins/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
    }

    @Test
    void aCheckInIsEditedAndDeletedAndBothAreInTheAuditTrail() {
        UUID id = api.post(alice, "/api/v1/checkins", checkIn(null, MORNING, 3)).id();
        Answer edited = api.put(alice, "/api/v1/checkins/" + id, checkIn(id, MORNING, 6));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("pain").asInt()).isEqualTo(6);
        assertThat(api.delete(alice, "/api/v1/checkins/" + id).status()).isEqualTo(204);
        assertThat(api.get(alice, "/api/v1/checkins/" + id).status()).isEqualTo(404);

        List<Entry> history = audit.history(alice.id(), "checkin", id);
        assertThat(history).extracting(Entry::action).containsExactly(Action.CREATE, Action.UPDATE, Action.DELETE);
        assertThat(history.get(1).before()).contains("\"pain\":3");
        assertThat(history.get(1).after()).contains("\"pain\":6");
        assertThat(history.get(2).after()).isNull();
    }

    @Test
    void aRepeatedCheckInCreateIsAnsweredWithTheStoredOneAndAChangedOneIsAConflict() {
        UUID id = Ids.newId();
        User carol = api.newUser();
        Answer first = api.post(carol, "/api/v1/checkins", checkIn(id, MORNING, 4));
        Answer retry = api.post(carol, "/api/v1/checkins", checkIn(id, MORNING, 4));
        Answer other = api.post(carol, "/api/v1/checkins", checkIn(id, MORNING, 5));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.isProblem()).isTrue();
        assertThat(api.get(carol, "/api/v1/checkins").json().get("items")).hasSize(1);
    }

    @Test
    void aRepeatedDoseCreateIsAnsweredWithTheStoredOneAndAChangedOneIsAConflict() {
        UUID id = Ids.newId();
        assertThat(api.post(alice, "/api/v1/doses", powder(id, 2.5)).status()).isEqualTo(201);
        Answer retry = api.post(alice, "/api/v1/doses", powder(id, 2.5));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("materialMg").asLong()).isEqualTo(2500);
        assertThat(api.post(alice, "/api/v1/doses", powder(id, 3)).status()).isEqualTo(409);
    }

    static String withdrawal(UUID id, String takenAt, int aches, int sleep) {
        return """
                {"id": %s, "takenAt": "%s", "symptoms": [{"symptom": "aches", "score": %d},
                 {"symptom": "can't sleep", "score": %d}], "note": "day two"}"""
                .formatted(id == null ? "null" : "\"" + id + "\"", takenAt, aches, sleep);
    }

    @Test
    void aWithdrawalCheckInCarriesItsTotalAndIsEditedAndDeletedWithAnAuditTrail() {
        Answer created = api.post(alice, "/api/v1/withdrawal", withdrawal(null, MORNING, 3, 2));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("total").asInt()).isEqualTo(5);
        assertThat(created.json().get("symptoms").get(1).get("symptom").asString()).isEqualTo("can't sleep");
        assertThat(Instant.parse(created.text("takenAt"))).isEqualTo(Instant.parse("2026-03-01T13:30:00Z"));
        UUID id = created.id();
        Answer edited = api.put(alice, "/api/v1/withdrawal/" + id, withdrawal(id, MORNING, 4, 4));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("total").asInt()).isEqualTo(8);
        assertThat(api.get(alice, "/api/v1/withdrawal/" + id).json().get("total").asInt()).isEqualTo(8);
        assertThat(api.delete(alice, "/api/v1/withdrawal/" + id).status()).isEqualTo(204);
        assertThat(api.get(alice, "/api/v1/withdrawal/" + id).status()).isEqualTo(404);
        assertThat(audit.history(alice.id(), "withdrawal", id)).extracting(Entry::action)
                .containsExactly(Action.CREATE, Action.UPDATE, Action.DELETE);
    }

    @Test
    void aRepeatedWithdrawalCreateIsAnsweredWithTheStoredOneAndAChangedOneIsAConflict() {
        UUID id = Ids.newId();
        User erin = api.newUser();
        assertThat(api.post(erin, "/api/v1/withdrawal", withdrawal(id, MORNING, 1, 1)).status()).isEqualTo(201);
        Answer retry = api.post(erin, "/api/v1/withdrawal", withdrawal(id, MORNING, 1, 1));
        assertThat(retry.status()).isEqualTo(200);
        Answer other = api.post(erin, "/api/v1/withdrawal", withdrawal(id, MORNING, 2, 1));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.isProblem()).isTrue();
        Answer list = api.get(erin, "/api/v1/withdrawal?limit=1");
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(list.json().get("nextCursor").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0} is refused on {1}")
    @CsvSource(delimiter = '|', value = {
        "\"symptoms\": []                                                | symptoms",
        "\"symptoms\": [{\"symptom\": \"aches\", \"score\": 5}]          | symptoms[0].score",
        "\"symptoms\": [{\"symptom\": \"aches\", \"score\": \"bad\"}]    | symptoms",
        "\"symptoms\": [{\"symptom\": \"\", \"score\": 2}]               | symptoms[0].symptom",
        "\"symptoms\": [{\"score\": 2}]                                  | symptoms[0].symptom",
        "\"symptoms\": \"aches\"                                         | symptoms",
    })
    void badWithdrawalCheckInsAreRefusedWithTheFieldToFix(String fields, String field) {
        assertBadInput(api.post(alice, "/api/v1/withdrawal", "{\"takenAt\": \"" + MORNING + "\", " + fields + "}"),
                field);
    }

    @Test
    void aWithdrawalCheckInWithoutATimeIsRefused() {
        assertBadInput(api.post(alice, "/api/v1/withdrawal", """
                {"symptoms": [{"symptom": "aches", "score": 1}]}"""), "takenAt");
    }

    @Test
    void anIdAnotherUserHoldsIsNeitherAnErrorNorAHint() {
        UUID id = Ids.newId();
        User bob = api.newUser();
        assertThat(api.post(alice, "/api/v1/doses", powder(id, 2)).status()).isEqualTo(201);
        Answer bobs = api.post(bob, "/api/v1/doses", powder(id, 5));
        assertThat(bobs.status()).isEqualTo(201);
        assertThat(bobs.json().get("materialMg").asLong()).isEqualTo(5000);
    }

    @Test
    void aCapsuleDoseIsWeighedWithItsProductAndEditedAndDeletedWithAnAuditTrail() {
        UUID product = api.post(alice, "/api/v1/products", """
                {"name": "Green caps", "form": "CAPSULES", "capsuleMg": 500, "alkaloidMgPerUnit": 8}""").id();
        Answer dose = api.post(alice, "/api/v1/doses", """
                {"takenAt": "%s", "form": "CAPSULES", "amount": 4, "unit": "capsules", "productId": "%s"}"""
                .formatted(MORNING, product));
        assertThat(dose.status()).as(dose.toString()).isEqualTo(201);
        JsonNode json = dose.json();
        assertThat(json.get("materialMg").asLong()).isEqualTo(2000);
        assertThat(json.get("leafEquivalentMg").asLong()).isEqualTo(2000);
        assertThat(json.get("mitragynineMg").asDouble()).isEqualTo(32.0);
        assertThat(json.get("sevenOhMg").isNull()).isTrue();
        assertThat(json.get("approximate").asBoolean()).isFalse();
        assertThat(json.get("findings").isArray()).isTrue();
        assertThat(json.get("unit").asString()).isEqualTo("capsules");

        UUID id = dose.id();
        Answer edited = api.put(alice, "/api/v1/doses/" + id, powder(id, 1.5));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("materialMg").asLong()).isEqualTo(1500);
        assertThat(api.get(alice, "/api/v1/doses/" + id).json().get("form").asString()).isEqualTo("POWDER");
        assertThat(api.delete(alice, "/api/v1/doses/" + id).status()).isEqualTo(204);
        assertThat(api.delete(alice, "/api/v1/doses/" + id).status()).isEqualTo(404);
        assertThat(audit.history(alice.id(), "dose", id)).extracting(Entry::action)
                .containsExactly(Action.CREATE, Action.UPDATE, Action.DELETE);
    }

    @Test
    void anExtractByTheMillilitreIsApproximateWithItsLeafEquivalent() {
        UUID product = api.post(alice, "/api/v1/products", """
                {"name": "Tincture", "form": "EXTRACT", "extractRatio": 10}""").id();
        Answer dose = api.post(alice, "/api/v1/doses", """
                {"takenAt": "%s", "form": "EXTRACT", "amount": 2, "unit": "ml", "productId": "%s"}"""
                .formatted(MORNING, product));
        assertThat(dose.json().get("materialMg").asLong()).isEqualTo(2000);
        assertThat(dose.json().get("leafEquivalentMg").asLong()).isEqualTo(20_000);
        assertThat(dose.json().get("approximate").asBoolean()).isTrue();
        assertThat(dose.json().get("mitragynineMg").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0} is refused on {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"pain\": \"high\"}                         | pain",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"pain\": 5.5}                              | pain",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"pain\": 11}                               | pain",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"pain\": -1}                               | pain",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\"}                                            | pain",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"pain\": 4, \"mood\": 12}                   | mood",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"pain\": 4, \"enjoyment\": 3}               | activity",
        "{\"takenAt\": \"yesterday\", \"pain\": 4}                                          | takenAt",
        "{\"takenAt\": \"2026-03-01T08:30:00\", \"pain\": 4}                                | takenAt",
        "{\"takenAt\": \"2999-03-01T08:30:00Z\", \"pain\": 4}                               | takenAt",
        "{\"pain\": 4}                                                                    | takenAt",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"pain\": 4, \"painTypes\": [\"BACK\"]}      | painTypes",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"pain\": 4, \"painTypes\": \"HEADACHE\"}    | painTypes",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"pain\": 4, \"sideEffects\": [{\"symptom\": \"itch\", \"severity\": 12}]} | sideEffects[0].severity",
        "{\"id\": \"not-a-uuid\", \"takenAt\": \"2026-03-01T08:30:00Z\", \"pain\": 4}       | id",
    })
    void badCheckInsAreRefusedWithTheFieldToFix(String body, String field) {
        assertBadInput(api.post(alice, "/api/v1/checkins", body), field);
    }

    @ParameterizedTest(name = "{0} is refused on {1}")
    @CsvSource(delimiter = '|', value = {
        "\"form\": \"POWDERED\", \"amount\": 2, \"unit\": \"g\"          | form",
        "\"form\": \"POWDER\", \"amount\": 2, \"unit\": \"kg\"           | unit",
        "\"form\": \"POWDER\", \"amount\": 2, \"unit\": \"ml\"           | unit",
        "\"form\": \"TEA\", \"amount\": 2, \"unit\": \"capsules\"        | unit",
        "\"form\": \"CAPSULES\", \"amount\": 4, \"unit\": \"capsules\"   | productId",
        "\"form\": \"POWDER\", \"amount\": \"lots\", \"unit\": \"g\"     | amount",
        "\"form\": \"POWDER\", \"amount\": 0, \"unit\": \"g\"            | amount",
        "\"form\": \"POWDER\", \"amount\": 1001, \"unit\": \"g\"         | amount",
        "\"form\": \"POWDER\", \"amount\": 2, \"unit\": \"g\", \"method\": \"SNORTED\"  | method",
        "\"form\": \"POWDER\", \"amount\": 2, \"unit\": \"g\", \"productId\": \"0195a8c0-0000-7000-8000-000000000000\" | productId",
        "\"form\": \"POWDER\", \"amount\": 2, \"unit\": \"g\", \"batchId\": \"0195a8c0-0000-7000-8000-000000000000\"   | batchId",
    })
    void badDosesAreRefusedWithTheFieldToFix(String fields, String field) {
        assertBadInput(api.post(alice, "/api/v1/doses", "{\"takenAt\": \"" + MORNING + "\", " + fields + "}"), field);
    }

    @Test
    void aFutureDoseIsRefused() {
        assertBadInput(api.post(alice, "/api/v1/doses", """
                {"takenAt": "2999-01-01T00:00:00Z", "form": "POWDER", "amount": 2, "unit": "g"}"""), "takenAt");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "{\"pain\": ", "[]", "not json at all", "''" })
    void unreadableBodiesAreABadRequestNotAFailure(String body) {
        for (String path : List.of("/api/v1/checkins", "/api/v1/doses")) {
            Answer answer = api.post(alice, path, body);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.isProblem()).isTrue();
        }
    }

    @ParameterizedTest(name = "?{0} is refused on {1}")
    @CsvSource({ "limit=0, limit", "limit=501, limit", "limit=ten, limit", "cursor=garbage, cursor",
        "from=yesterday, from", "to=2026-02-30, to", "from=2026-03-02&to=2026-03-01, to" })
    void badListParametersAreRefusedWithTheFieldToFix(String query, String field) {
        assertBadInput(api.get(alice, "/api/v1/checkins?" + query), field);
        assertBadInput(api.get(alice, "/api/v1/doses?" + query), field);
    }

    @Test
    void aPathIdThatIsNotAUuidIsABadRequest() {
        assertBadInput(api.get(alice, "/api/v1/checkins/42"), "id");
        assertBadInput(api.delete(alice, "/api/v1/doses/not-an-id"), "id");
    }

    @Test
    void anEditWhoseBodyNamesAnotherIdIsRefused() {
        UUID id = api.post(alice, "/api/v1/checkins", checkIn(null, MORNING, 3)).id();
        assertBadInput(api.put(alice, "/api/v1/checkins/" + id, checkIn(Ids.newId(), MORNING, 4)), "id");
    }

    @Test
    void missingEntriesAreNotFound() {
        for (String path : List.of("/api/v1/checkins/", "/api/v1/doses/", "/api/v1/withdrawal/")) {
            Answer answer = api.get(alice, path + Ids.newId());
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.isProblem()).isTrue();
        }
        assertThat(api.put(alice, "/api/v1/checkins/" + Ids.newId(), checkIn(null, MORNING, 2)).status()).isEqualTo(404);
    }

    @Test
    void listsPageNewestFirstUntilTheLastPage() {
        User dave = api.newUser();
        for (int hour = 10; hour < 15; hour++) {
            api.post(dave, "/api/v1/checkins", checkIn(null, "2026-03-01T" + hour + ":00:00Z", hour - 10));
        }
        List<Integer> pains = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Answer page = api.get(dave, "/api/v1/checkins?limit=2" + (next == null ? "" : "&cursor=" + next));
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").forEach(item -> pains.add(item.get("pain").asInt()));
            JsonNode cursor = page.json().get("nextCursor");
            next = cursor.isNull() ? null : cursor.asString();
            pages++;
        } while (next != null);
        assertThat(pains).containsExactly(4, 3, 2, 1, 0);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void fromAndToAreDaysInTheUsersTimeZone() {
        User newYorker = api.newUser("America/New_York");
        api.post(newYorker, "/api/v1/checkins", checkIn(null, "2026-03-01T04:30:00Z", 1));
        api.post(newYorker, "/api/v1/checkins", checkIn(null, "2026-03-01T05:30:00Z", 2));
        api.post(newYorker, "/api/v1/checkins", checkIn(null, "2026-03-02T04:59:00Z", 3));
        api.post(newYorker, "/api/v1/checkins", checkIn(null, "2026-03-02T05:00:00Z", 4));
        Answer march1 = api.get(newYorker, "/api/v1/checkins?from=2026-03-01&to=2026-03-01");
        List<Integer> pains = new ArrayList<>();
        march1.json().get("items").forEach(item -> pains.add(item.get("pain").asInt()));
        assertThat(pains).containsExactly(3, 2);

        Answer instants = api.get(newYorker, "/api/v1/checkins?from=2026-03-01T05:30:00Z&to=2026-03-02T05:00:00Z");
        assertThat(instants.json().get("items")).hasSize(3);
    }

    @Test
    void withoutATokenTheJournalIsClosed() {
        Answer answer = api.send("GET", "/api/v1/checkins", null, null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
        assertThat(api.send("GET", "/api/v1/doses", "Bearer mitra_not-a-real-token", null).status()).isEqualTo(401);
    }
}
