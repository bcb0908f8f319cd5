package app.mitra.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import app.mitra.testing.MitraOnSqlite;

@MitraOnSqlite
@TestInstance(Lifecycle.PER_CLASS)
class SubstancesApiIT {

    static final String EVENING = "2026-03-01T19:00:00-05:00";

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    Api api;
    User alice;

    @BeforeAll
    void signUp() {
        api = new Api(port);
        alice = api.newUser();
    }

    static String beer(UUID id, double drinks) {
        return """
                {"id": "%s", "takenAt": "%s", "kind": "ALCOHOL", "name": "beer", "amount": %s, "unit": "drinks"}"""
                .formatted(id, EVENING, drinks);
    }

    @Test
    void alcoholIsLoggedInStandardDrinksEditedAndDeletedWithAnAuditTrail() {
        Answer created = api.post(alice, "/api/v1/substances", """
                {"takenAt": "%s", "kind": "ALCOHOL", "amount": 2}""".formatted(EVENING));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("unit")).isEqualTo("drinks");
        assertThat(created.text("takenAt")).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(created.json().get("name").isNull()).isTrue();
        UUID id = created.id();
        assertThat(api.get(alice, "/api/v1/substances/" + id).json()).isEqualTo(created.json());

        Answer edited = api.put(alice, "/api/v1/substances/" + id, beer(id, 3));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.text("name")).isEqualTo("beer");
        assertThat(edited.json().get("amount").asDouble()).isEqualTo(3.0);
        assertThat(api.delete(alice, "/api/v1/substances/" + id).status()).isEqualTo(204);
        assertThat(api.get(alice, "/api/v1/substances/" + id).status()).isEqualTo(404);
        assertThat(audit.history(alice.id(), "substance", id)).extracting(Entry::action)
                .containsExactly(Action.CREATE, Action.UPDATE, Action.DELETE);
    }

    @Test
    void aRepeatedCreateIsAnsweredWithTheStoredOneAndAChangedOneIsAConflict() {
        User carol = api.newUser();
        UUID id = Ids.newId();
        assertThat(api.post(carol, "/api/v1/substances", beer(id, 1)).status()).isEqualTo(201);
        Answer retry = api.post(carol, "/api/v1/substances", beer(id, 1));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.id()).isEqualTo(id);
        assertThat(api.post(carol, "/api/v1/substances", beer(id, 2)).status()).isEqualTo(409);
        assertThat(api.get(carol, "/api/v1/substances").json().get("items")).hasSize(1);
    }

    @Test
    void aMedicineIsListedNewestFirstAndPagedWithACursor() {
        User dan = api.newUser();
        for (int hour = 8; hour <= 10; hour++) {
            api.post(dan, "/api/v1/substances", """
                    {"takenAt": "2026-03-01T%02d:00:00Z", "kind": "MEDICINE", "name": "gabapentin", "amount": 300,
                     "unit": "mg", "note": "for nerve pain"}""".formatted(hour));
        }
        Answer first = api.get(dan, "/api/v1/substances?limit=2");
        assertThat(first.json().get("items")).hasSize(2);
        assertThat(first.json().get("items").get(0).get("takenAt").asString()).isEqualTo("2026-03-01T10:00:00Z");
        Answer second = api.get(dan, "/api/v1/substances?limit=2&cursor=" + first.text("nextCursor"));
        assertThat(second.json().get("items")).hasSize(1);
        assertThat(second.json().get("nextCursor").isNull()).isTrue();
        assertThat(api.get(dan, "/api/v1/substances?from=2026-03-02").json().get("items")).isEmpty();
    }

    @ParameterizedTest(name = "{0} is refused on {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"takenAt\": \"2026-03-01T08:30:00Z\"}                                                     | kind",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"kind\": \"WINE\"}                                   | kind",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"kind\": \"MEDICINE\"}                               | name",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"kind\": \"MEDICINE\", \"name\": \"Xanax\", \"amount\": 1} | unit",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"kind\": \"MEDICINE\", \"name\": \"Xanax\", \"amount\": 1, \"unit\": \"drinks\"} | unit",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"kind\": \"ALCOHOL\", \"amount\": 2, \"unit\": \"ml\"} | unit",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"kind\": \"ALCOHOL\", \"amount\": 0}                  | amount",
        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"kind\": \"ALCOHOL\", \"amount\": \"two\"}            | amount",
        "{\"kind\": \"ALCOHOL\", \"amount\": 1}                                                      | takenAt",
        "{\"takenAt\": \"2999-03-01T08:30:00Z\", \"kind\": \"ALCOHOL\", \"amount\": 1}                  | takenAt",
    })
    void badEntriesAreRefusedWithTheFieldToFix(String body, String field) {
        JournalApiContract.assertBadInput(api.post(alice, "/api/v1/substances", body), field);
    }
}
