package app.mitra.safety.internal.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.safety.Findings;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.HealthProfiles;
import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;
import tools.jackson.databind.JsonNode;

/** Dose guardrails through the API: previewed without storing, kept with the saved dose, forgotten with it. */
@MitraOnSqlite
@TestInstance(Lifecycle.PER_CLASS)
class DoseFindingsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    HealthProfiles profiles;

    @Autowired
    Findings findings;

    Api api;

    @BeforeAll
    void client() {
        api = new Api(port);
    }

    static String powder(String takenAt, double grams) {
        return """
                {"takenAt": "%s", "form": "POWDER", "amount": %s, "unit": "g"}""".formatted(takenAt, grams);
    }

    static List<String> rules(JsonNode findings) {
        return findings.valueStream().map(f -> f.get("ruleId").asString()).toList();
    }

    @Test
    void aDoseTwoHoursAfterAlcoholIsWarnedInThePreviewAndTheWarningStaysWithTheSavedDose() {
        User person = api.newUser("Europe/Berlin");
        api.post(person, "/api/v1/doses", powder("2026-03-01T09:00:00+01:00", 2));
        api.post(person, "/api/v1/substances", """
                {"takenAt": "2026-03-01T18:00:00+01:00", "kind": "ALCOHOL", "name": "beer", "amount": 2}""");

        Answer preview = api.post(person, "/api/v1/doses/preview", powder("2026-03-01T20:00:00+01:00", 2));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("materialMg").asLong()).isEqualTo(2000);
        JsonNode warning = preview.json().get("findings").get(0);
        assertThat(warning.get("ruleId").asString()).isEqualTo(RecentDepressant.RULE);
        assertThat(warning.get("category").asString()).isEqualTo("recent-depressant");
        assertThat(warning.get("severity").asString()).isEqualTo("avoid");
        assertThat(warning.get("input").asString()).isEqualTo("beer (2 standard drinks)");
        assertThat(warning.get("explanation").asString())
                .startsWith("You logged beer (2 standard drinks) at 18:00, 2 h before this dose.");
        assertThat(warning.get("sources")).isNotEmpty();
        assertThat(api.get(person, "/api/v1/doses").json().get("items")).as("a preview stores nothing").hasSize(1);

        Answer saved = api.post(person, "/api/v1/doses", powder("2026-03-01T20:00:00+01:00", 2));
        assertThat(rules(saved.json().get("findings"))).containsExactly(RecentDepressant.RULE);
        UUID id = saved.id();
        assertThat(rules(api.get(person, "/api/v1/doses/" + id).json().get("findings")))
                .containsExactly(RecentDepressant.RULE);
        assertThat(rules(api.get(person, "/api/v1/doses").json().get("items").get(0).get("findings")))
                .containsExactly(RecentDepressant.RULE);

        assertThat(api.delete(person, "/api/v1/doses/" + id).status()).isEqualTo(204);
        assertThat(findings.forDose(person.id(), id)).as("deleting a dose forgets its findings").isEmpty();
    }

    @Test
    void theFirstDoseIsANoteAndAnEditThatMovesADoseReChecksIt() {
        User person = api.newUser();
        Answer first = api.post(person, "/api/v1/doses", powder("2026-03-01T08:00:00Z", 2));
        assertThat(rules(first.json().get("findings"))).containsExactly(FirstDose.RULE);
        assertThat(first.json().get("findings").get(0).get("severity").asString()).isEqualTo("info");
        Answer second = api.post(person, "/api/v1/doses", powder("2026-03-01T12:00:00Z", 2));
        assertThat(second.json().get("findings")).isEmpty();
        Answer edited = api.put(person, "/api/v1/doses/" + first.id(), powder("2026-03-01T09:00:00Z", 3));
        assertThat(edited.json().get("findings")).as("the edited dose is not its own predecessor").isEmpty();
    }

    @Test
    void personalLimitsRaiseDailyLimitAndDosesPerDayFindingsWithTheNumbers() {
        User person = api.newUser();
        profiles.save(person.id(), new HealthProfile("UTC", null, List.of(), List.of(), List.of(), null, 5000, 2));
        api.post(person, "/api/v1/doses", powder("2026-03-01T08:00:00Z", 2));
        api.post(person, "/api/v1/doses", powder("2026-03-01T12:00:00Z", 2));
        Answer third = api.post(person, "/api/v1/doses/preview", powder("2026-03-01T16:00:00Z", 2));
        JsonNode found = third.json().get("findings");
        assertThat(rules(found)).containsExactly(DailyLimit.RULE, DosesPerDay.RULE);
        assertThat(found.get(0).get("explanation").asString())
                .startsWith("With this dose you would have taken 6,000 mg today; the daily limit you set is 5,000 mg.");
        assertThat(found.get(1).get("explanation").asString())
                .startsWith("This would make 3 doses today; your own maximum is 2.");
    }

    @Test
    void aBadPreviewIsRefusedWithTheFieldToFixAndAnUnknownProductToo() {
        User person = api.newUser();
        Answer noAmount = api.post(person, "/api/v1/doses/preview", """
                {"takenAt": "2026-03-01T08:00:00Z", "form": "POWDER", "unit": "g"}""");
        assertThat(noAmount.status()).isEqualTo(400);
        assertThat(noAmount.errorFields()).contains("amount");
        Answer badUnit = api.post(person, "/api/v1/doses/preview", """
                {"takenAt": "2026-03-01T08:00:00Z", "form": "POWDER", "amount": 2, "unit": "capsules"}""");
        assertThat(badUnit.status()).isEqualTo(400);
        assertThat(badUnit.isProblem()).isTrue();
        Answer notJson = api.post(person, "/api/v1/doses/preview", "{\"amount\": ");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void anAmountFarOutsideWhatAnyoneTakesIsStoredAndRaisesOneFindingThatAsksWhatWasMeant() {
        User person = api.newUser();
        for (int day = 1; day <= 3; day++) {
            api.post(person, "/api/v1/doses", powder("2026-03-0" + day + "T08:00:00Z", 5));
        }
        Answer typo = api.post(person, "/api/v1/doses", powder("2026-03-04T08:00:00Z", 500));
        assertThat(typo.status()).as(typo.toString()).isEqualTo(201);
        assertThat(typo.json().get("materialMg").asLong()).as("stored as typed").isEqualTo(500_000);
        JsonNode odd = typo.json().get("findings").get(0);
        assertThat(rules(typo.json().get("findings"))).as("its size alone raises nothing else")
                .containsExactly(AmountToCheck.RULE);
        assertThat(odd.get("category").asString()).isEqualTo("implausible-amount");
        assertThat(odd.get("explanation").asString()).contains("You logged 500 g for one dose").contains("Did you mean 5 g?");
        assertThat(odd.get("count").asInt()).isEqualTo(1);
        assertThat(odd.get("state").asString()).isEqualTo("NEW");
        assertThat(odd.get("asOf").asString()).isEqualTo("2026-12-05");

        Answer again = api.post(person, "/api/v1/doses", powder("2026-03-05T08:00:00Z", 400));
        JsonNode grouped = again.json().get("findings").get(0);
        assertThat(grouped.get("id").asString()).as("the same finding, updated").isEqualTo(odd.get("id").asString());
        assertThat(grouped.get("count").asInt()).isEqualTo(2);
        assertThat(grouped.get("firstSeenAt").asString()).isEqualTo("2026-03-04T08:00:00Z");
        assertThat(grouped.get("lastSeenAt").asString()).isEqualTo("2026-03-05T08:00:00Z");
        JsonNode listed = api.get(person, "/api/v1/safety/findings").json().get("items");
        assertThat(listed.valueStream().filter(f -> f.get("ruleId").asString().equals(AmountToCheck.RULE))
                .map(f -> f.get("count").asInt())).containsExactly(2);
        assertThat(api.get(person, "/api/v1/doses/" + typo.id()).json().get("findings").get(0).get("explanation")
                .asString()).as("each dose keeps its own words").contains("500 g");
    }
}
