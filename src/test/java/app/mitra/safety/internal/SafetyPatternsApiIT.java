package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.accounts.AuditTrail;
import app.mitra.accounts.AuditTrail.Action;
import app.mitra.accounts.AuditTrail.Entry;
import app.mitra.safety.DependenceSignals;
import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;
import tools.jackson.databind.JsonNode;

/** The taper plan, dependence signals and help lines over REST, against the whole application. */
@MitraOnSqlite
class SafetyPatternsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    DependenceSignals signals;

    private static User refused;

    private static String plan(String startDate, String reduction) {
        return """
                {"startMg": 4000, %s, "stepDays": 7, "startDate": "%s"}""".formatted(reduction, startDate);
    }

    private static String powderAt(ZonedDateTime at, double grams) {
        return """
                {"takenAt": "%s", "form": "POWDER", "amount": %s, "unit": "g"}"""
                .formatted(at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), grams);
    }

    @Test
    void aPlanIsSetShownChangedPausedResumedAndEndedWithAnAuditTrail() {
        Api api = new Api(port);
        User ana = api.newUser("UTC");
        String today = LocalDate.now(ZoneId.of("UTC")).toString();
        assertThat(api.get(ana, "/api/v1/taper").status()).isEqualTo(404);

        Answer created = api.put(ana, "/api/v1/taper", plan(today, "\"reductionPercent\": 10"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode taper = created.json();
        assertThat(taper.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(taper.get("schedule").get(0).get("targetMg").asInt()).isEqualTo(4000);
        assertThat(taper.get("schedule").get(1).get("targetMg").asInt()).isEqualTo(3600);
        assertThat(taper.get("today").get("targetMg").asInt()).isEqualTo(4000);

        Answer changed = api.put(ana, "/api/v1/taper", plan(today, "\"reductionMg\": 1000"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("schedule")).hasSize(5);
        assertThat(changed.json().get("id").asString()).isEqualTo(taper.get("id").asString());

        Answer paused = api.post(ana, "/api/v1/taper/pause", null);
        assertThat(paused.json().get("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.json().get("pausedOn").asString()).isEqualTo(today);
        assertThat(paused.json().get("schedule").get(0).get("to").asString())
                .isEqualTo(LocalDate.parse(today).plusDays(7).toString());
        assertThat(api.post(ana, "/api/v1/taper/pause", null).status()).isEqualTo(409);
        Answer resumed = api.post(ana, "/api/v1/taper/resume", null);
        assertThat(resumed.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(resumed.json().get("pauses").get(0).get("until").asString()).isEqualTo(today);
        assertThat(api.post(ana, "/api/v1/taper/resume", null).status()).isEqualTo(409);

        assertThat(api.delete(ana, "/api/v1/taper").status()).isEqualTo(204);
        assertThat(api.get(ana, "/api/v1/taper").status()).isEqualTo(404);
        assertThat(api.delete(ana, "/api/v1/taper").status()).isEqualTo(404);
        assertThat(api.post(ana, "/api/v1/taper/pause", null).status()).isEqualTo(404);
        List<Entry> history = audit.history(ana.id(), "taper", java.util.UUID.fromString(taper.get("id").asString()));
        assertThat(history).extracting(Entry::action).containsExactly(Action.CREATE, Action.UPDATE, Action.UPDATE,
                Action.UPDATE, Action.DELETE);
    }

    @Test
    void todaysLoggedTotalIsCountedInThePersonsTimeZone() {
        Api api = new Api(port);
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        User ana = api.newUser(kiritimati.getId());
        ZonedDateTime now = ZonedDateTime.now(kiritimati);
        api.put(ana, "/api/v1/taper", plan(now.toLocalDate().minusDays(3).toString(), "\"reductionMg\": 500"));
        api.post(ana, "/api/v1/doses", powderAt(now.minusMinutes(1), 2.5));
        // A minute before local midnight is yesterday, though it is the same UTC day as "now" for much of it.
        api.post(ana, "/api/v1/doses", powderAt(now.toLocalDate().atStartOfDay(kiritimati).minusMinutes(1), 1.2));
        JsonNode today = api.get(ana, "/api/v1/taper").json().get("today");
        assertThat(today.get("loggedMg").asLong()).isEqualTo(2500);
        assertThat(today.get("targetMg").asInt()).isEqualTo(4000);
        assertThat(today.get("differenceMg").asLong()).isEqualTo(-1500);
        assertThat(today.get("comparison").asString()).isEqualTo("UNDER");
        JsonNode yesterday = api.get(ana, "/api/v1/taper").json().get("recent").get(1);
        assertThat(yesterday.get("loggedMg").asLong()).isEqualTo(1200);
    }

    @ParameterizedTest(name = "{0} is refused on {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"reductionMg\": 500, \"stepDays\": 7, \"startDate\": \"2026-12-01\"}                      | startMg",
        "{\"startMg\": 4000, \"stepDays\": 7, \"startDate\": \"2026-12-01\"}                         | reductionMg",
        "{\"startMg\": 4000, \"reductionMg\": 5, \"reductionPercent\": 5, \"stepDays\": 7, \"startDate\": \"2026-12-01\"} | reductionMg",
        "{\"startMg\": 4000, \"reductionPercent\": 150, \"stepDays\": 7, \"startDate\": \"2026-12-01\"} | reductionPercent",
        "{\"startMg\": 4000, \"reductionMg\": 500, \"stepDays\": 0, \"startDate\": \"2026-12-01\"}    | stepDays",
        "{\"startMg\": 4000, \"reductionMg\": 500, \"stepDays\": 7}                                  | startDate",
        "{\"startMg\": 4000, \"reductionMg\": 500, \"stepDays\": 7, \"startDate\": \"2026-12-01\", \"endMg\": 5000} | endMg",
        "{\"startMg\": 4000, \"reductionMg\": 500, \"stepDays\": 7, \"startDate\": \"next week\"}    | startDate",
        "{\"startMg\": \"lots\", \"reductionMg\": 500, \"stepDays\": 7, \"startDate\": \"2026-12-01\"} | startMg",
    })
    void badPlansAreRefusedWithTheFieldToFix(String body, String field) {
        Api api = new Api(port);
        // Signing up costs an Argon2 hash: one person for every refusal, who never gets a plan.
        if (refused == null) {
            refused = api.newUser();
        }
        User ana = refused;
        Answer answer = api.put(ana, "/api/v1/taper", body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.errorFields()).as(answer.toString()).anyMatch(name -> name.startsWith(field));
        assertThat(api.get(ana, "/api/v1/taper").status()).isEqualTo(404);
    }

    @Test
    void loggingDosesOnMostDaysRaisesAFrequencySignalWithHelpAlongside() {
        Api api = new Api(port);
        User ana = api.newUser("UTC");
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("UTC")).minusMinutes(1);
        for (int day = 0; day < 21; day++) {
            api.post(ana, "/api/v1/doses", powderAt(now.minusDays(day), 2));
        }
        // Doses re-evaluate the signals at most once a minute per person; asking for them evaluates at once.
        Answer answer = api.post(ana, "/api/v1/safety/dependence/evaluate", null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode finding = answer.json().get("findings").get(0);
        assertThat(finding.get("ruleId").asString()).isEqualTo("dependence-days-used");
        assertThat(finding.get("category").asString()).isEqualTo("dependence");
        assertThat(finding.get("origin").asString()).isEqualTo("PATTERN");
        assertThat(finding.get("title").asString()).contains("21 of the last 28 days");
        assertThat(finding.get("sources")).isNotEmpty();
        assertThat(answer.json().get("help").get("fallback").asBoolean()).isTrue();
        assertThat(answer.json().get("help").get("resources").get(0).get("contact").asString())
                .isEqualTo("1-800-662-4357");
        assertThat(api.get(ana, "/api/v1/safety/dependence").json().get("findings")).hasSize(1);

        // Evaluating again with nothing new keeps the stored finding as it was: safe to run twice.
        var before = signals.current(ana.id());
        assertThat(signals.evaluate(ana.id())).isEqualTo(before);
    }

    @Test
    void fewDosesRaiseNoSignal() {
        Api api = new Api(port);
        User ana = api.newUser("UTC");
        api.post(ana, "/api/v1/doses", powderAt(ZonedDateTime.now(ZoneId.of("UTC")).minusHours(1), 2));
        assertThat(api.get(ana, "/api/v1/safety/dependence").json().get("findings")).isEmpty();
    }

    @Test
    void helpLinesFollowTheJurisdictionsCountry() {
        Api api = new Api(port);
        User ana = api.newUser();
        JsonNode texas = api.get(ana, "/api/v1/safety/help?jurisdiction=US-TX").json();
        assertThat(texas.get("fallback").asBoolean()).isFalse();
        List<String> contacts = new ArrayList<>();
        texas.get("resources").forEach(r -> contacts.add(r.get("contact").asString()));
        assertThat(contacts).containsExactly("1-800-662-4357", "988");
    }

    @Test
    void withoutATokenTheTaperIsClosed() {
        Answer answer = new Api(port).send("GET", "/api/v1/taper", null, null);
        assertThat(answer.status()).isEqualTo(401);
    }
}
