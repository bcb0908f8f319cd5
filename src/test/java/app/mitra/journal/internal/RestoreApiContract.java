package app.mitra.journal.internal;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.accounts.AuditTrail;
import app.mitra.accounts.AuditTrail.Action;
import app.mitra.accounts.AuditTrail.Entry;
import app.mitra.common.Ids;
import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Undo in the REST API (API.md, "Undo"): a deleted entry of every kind is restored for 24 hours, exactly as
 * it was, and is in no list meanwhile; after that, and for anyone else, 404. Run once per database: see
 * {@link RestoreApiOnSqliteIT} and {@link RestoreApiOnPostgresIT}.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class RestoreApiContract {

    static final String MORNING = "2026-03-01T08:30:45.250-05:00";

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    Api api;
    User alice;

    @BeforeAll
    void signUp() {
        api = new Api(port);
        alice = api.newUser();
    }

    /** A full entry of each kind, by its path. */
    static String body(String kind) {
        String fields = switch (kind) {
            case "checkins" -> """
                    {"takenAt": "%s", "pain": 6, "enjoyment": 4, "activity": 5, "mood": 7, "painTypes": ["NEUROPATHIC"],
                     "bodySites": ["left foot"], "sideEffects": [{"symptom": "nausea", "severity": 2}], "note": "weekly"}""";
            case "doses" -> """
                    {"takenAt": "%s", "form": "POWDER", "amount": 2.5, "unit": "g", "method": "TOSS_AND_WASH", "note": "bitter"}""";
            case "substances" -> """
                    {"takenAt": "%s", "kind": "ALCOHOL", "name": "beer", "amount": 1.5}""";
            case "withdrawal" -> """
                    {"takenAt": "%s", "symptoms": [{"symptom": "aches", "score": 3}], "note": "day two"}""";
            case "notes" -> """
                    {"takenAt": "%s", "title": "Walk", "text": "Knees ached", "mood": "meh", "tags": ["walk"]}""";
            default -> throw new IllegalArgumentException(kind);
        };
        return fields.formatted(MORNING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "checkins, checkin", "doses, dose", "substances, substance", "withdrawal, withdrawal",
        "notes, note" })
    void aDeletedEntryIsInNoListAndComesBackExactlyAsItWasWithTheRestoreInTheAuditTrail(String kind, String entity) {
        UUID id = api.post(alice, "/api/v1/" + kind, body(kind)).id();
        JsonNode before = api.get(alice, "/api/v1/" + kind + "/" + id).json();

        assertThat(api.delete(alice, "/api/v1/" + kind + "/" + id).status()).isEqualTo(204);
        assertThat(api.get(alice, "/api/v1/" + kind + "/" + id).status()).isEqualTo(404);
        assertThat(ids(api.get(alice, "/api/v1/" + kind + "?limit=500"))).doesNotContain(id.toString());
        assertThat(api.get(alice, "/api/v1/export?format=json").body()).doesNotContain(id.toString());

        Answer restored = api.post(alice, "/api/v1/" + kind + "/" + id + "/restore", null);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(asItWas(restored.json())).isEqualTo(asItWas(before));
        assertThat(asItWas(api.get(alice, "/api/v1/" + kind + "/" + id).json())).isEqualTo(asItWas(before));
        assertThat(ids(api.get(alice, "/api/v1/" + kind + "?limit=500"))).contains(id.toString());
        assertThat(audit.history(alice.id(), entity, id)).extracting(Entry::action)
                .containsExactly(Action.CREATE, Action.DELETE, Action.RESTORE);
    }

    /**
     * The entry without the ids of a dose's findings: its findings went with it and are raised again by the
     * same rules on restore, as new occurrences of findings of their own.
     */
    private static JsonNode asItWas(JsonNode entry) {
        JsonNode copy = entry.deepCopy();
        if (copy.has("findings")) {
            copy.get("findings").forEach(finding -> ((ObjectNode) finding).remove("id"));
        }
        return copy;
    }

    private static List<String> ids(Answer list) {
        return list.json().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    @Test
    void aRestoredDoseKeepsItsSecondsAndItsPlaceInTheDay() {
        User carol = api.newUser();
        UUID before = api.post(carol, "/api/v1/doses", body("doses").replace(":45.250", ":10")).id();
        UUID dose = api.post(carol, "/api/v1/doses", body("doses")).id();
        UUID after = api.post(carol, "/api/v1/checkins", body("checkins").replace(":45.250", ":50")).id();
        api.delete(carol, "/api/v1/doses/" + dose);
        Answer restored = api.post(carol, "/api/v1/doses/" + dose + "/restore", null);
        assertThat(restored.text("takenAt")).isEqualTo("2026-03-01T13:30:45.250Z");
        assertThat(ids(api.get(carol, "/api/v1/doses"))).containsExactly(dose.toString(), before.toString());
        assertThat(ids(api.get(carol, "/api/v1/checkins"))).containsExactly(after.toString());
    }

    @Test
    void aRetriedRestoreAnswersTheEntryAgain() {
        UUID id = api.post(alice, "/api/v1/notes", body("notes")).id();
        api.delete(alice, "/api/v1/notes/" + id);
        Answer first = api.post(alice, "/api/v1/notes/" + id + "/restore", null);
        Answer again = api.post(alice, "/api/v1/notes/" + id + "/restore", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(audit.history(alice.id(), "note", id)).extracting(Entry::action)
                .containsExactly(Action.CREATE, Action.DELETE, Action.RESTORE);
    }

    @Test
    void afterADayADeletedEntryIsGoneForGood() {
        UUID id = api.post(alice, "/api/v1/checkins", body("checkins")).id();
        api.delete(alice, "/api/v1/checkins/" + id);
        // the day passes: the deletion is moved back in time, as the clock would move forward
        jdbc.sql("update journal_checkin_deleted set deleted_at = deleted_at - :day where user_id = :user and id = :id")
                .param("day", DeletedEntries.KEPT.toMillis() + 1).param("user", alice.id().toString())
                .param("id", id.toString()).update();
        Answer late = api.post(alice, "/api/v1/checkins/" + id + "/restore", null);
        assertThat(late.status()).isEqualTo(404);
        assertThat(late.isProblem()).isTrue();
        assertThat(api.get(alice, "/api/v1/checkins/" + id).status()).isEqualTo(404);
        // and its id is free again
        assertThat(api.post(alice, "/api/v1/checkins", body("checkins").replace("{", "{\"id\": \"" + id + "\", "))
                .status()).isEqualTo(201);
    }

    @Test
    void anotherPersonCannotRestoreADeletedEntryAndTheOwnerStillCan() {
        User mallory = api.newUser();
        UUID id = api.post(alice, "/api/v1/doses", body("doses")).id();
        api.delete(alice, "/api/v1/doses/" + id);
        Answer taken = api.post(mallory, "/api/v1/doses/" + id + "/restore", null);
        assertThat(taken.status()).isEqualTo(404);
        assertThat(taken.isProblem()).isTrue();
        assertThat(api.get(mallory, "/api/v1/doses").json().get("items")).isEmpty();
        assertThat(api.post(alice, "/api/v1/doses/" + id + "/restore", null).status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesRestoreForEveryKind() {
        JsonNode paths = api.send("GET", "/v3/api-docs", null, null).json().get("paths");
        for (String kind : List.of("checkins", "doses", "substances", "withdrawal", "notes")) {
            JsonNode restore = paths.get("/api/v1/" + kind + "/{id}/restore").get("post");
            assertThat(restore.get("summary").asString()).as(kind).contains("deleted within the last 24 hours");
            assertThat(restore.get("description").asString()).as(kind).contains("404 after 24 hours");
            assertThat(paths.get("/api/v1/" + kind + "/{id}").get("delete").get("description").asString()).as(kind)
                    .contains("kept for 24 hours");
        }
    }

    @Test
    void anIdNeverStoredCannotBeRestored() {
        assertThat(api.post(alice, "/api/v1/substances/" + Ids.newId() + "/restore", null).status()).isEqualTo(404);
    }

    @Test
    void aCreateWithTheIdOfAnEntryDeletedWithinTheDayIsAConflictUntilItIsRestored() {
        UUID id = Ids.newId();
        String withId = body("substances").replace("{", "{\"id\": \"" + id + "\", ");
        assertThat(api.post(alice, "/api/v1/substances", withId).status()).isEqualTo(201);
        api.delete(alice, "/api/v1/substances/" + id);

        Answer resent = api.post(alice, "/api/v1/substances", withId);
        assertThat(resent.status()).isEqualTo(409);
        assertThat(resent.json().get("detail").asString()).contains("was deleted", "/restore");
        assertThat(api.get(alice, "/api/v1/substances/" + id).status()).isEqualTo(404);

        api.post(alice, "/api/v1/substances/" + id + "/restore", null);
        assertThat(api.post(alice, "/api/v1/substances", withId).status()).isEqualTo(200);
    }

    @Test
    void aDeletedDoseCountsInNoCheckAndARestoredOneIsCheckedAgain() {
        User dana = api.newUser();
        api.put(dana, "/api/v1/profile", "{\"maxDosesPerDay\": 1}");
        UUID first = api.post(dana, "/api/v1/doses", body("doses")).id();
        api.delete(dana, "/api/v1/doses/" + first);
        Answer second = api.post(dana, "/api/v1/doses", body("doses").replace("08:30", "09:30"));
        assertThat(rules(second.json())).as("the deleted dose is not counted").doesNotContain("guardrail-doses-per-day");

        Answer restored = api.post(dana, "/api/v1/doses/" + first + "/restore", null);
        assertThat(rules(restored.json())).as("checked again beside the other dose").contains("guardrail-doses-per-day");
    }

    private static List<String> rules(JsonNode dose) {
        return dose.get("findings").valueStream().map(finding -> finding.get("ruleId").asString()).toList();
    }
}
