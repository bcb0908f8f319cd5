package app.mitra.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.insights.Insights;
import app.mitra.insights.ToleranceAssessed;
import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/insights}, the tolerance finding it leads to, and the "after" prompt, on the whole app. */
@MitraOnSqlite
class InsightsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Insights insights;

    @Autowired
    AfterCheckInPrompt prompt;

    private static void checkIn(Api api, User user, Instant at, int pain) {
        assertThat(api.post(user, "/api/v1/checkins", "{\"takenAt\": \"" + at + "\", \"pain\": " + pain + "}").status())
                .isEqualTo(201);
    }

    private static void dose(Api api, User user, Instant at, double grams) {
        assertThat(api.post(user, "/api/v1/doses", """
                {"takenAt": "%s", "form": "POWDER", "amount": %s, "unit": "g"}""".formatted(at, grams)).status())
                .isEqualTo(201);
    }

    @Test
    void theAnswerHasEveryFieldOfTheContractWithNAndIntervals() {
        Api api = new Api(port);
        User ana = api.newUser("UTC");
        Instant morning = LocalDate.of(2026, 3, 1).atTime(8, 0).toInstant(ZoneOffset.UTC);
        for (int day = 0; day < 8; day++) {
            Instant at = morning.plus(day, ChronoUnit.DAYS);
            checkIn(api, ana, at.minus(20, ChronoUnit.MINUTES), 7);
            dose(api, ana, at, 2 + day % 2);
            checkIn(api, ana, at.plus(100, ChronoUnit.MINUTES), 4);
        }
        dose(api, ana, morning.plus(9, ChronoUnit.DAYS), 2);

        Answer answer = api.get(ana, "/api/v1/insights?from=2026-03-01&to=2026-03-31");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode insights = answer.json();
        JsonNode relief = insights.get("reliefPerDose");
        assertThat(relief.get("n").asInt()).isEqualTo(8);
        assertThat(relief.get("unpaired").asInt()).isEqualTo(1);
        assertThat(relief.get("meanRelief").asDouble()).isEqualTo(3.0);
        assertThat(relief.get("insufficient").asBoolean()).isFalse();
        assertThat(relief.has("ciLow")).isTrue();
        assertThat(insights.get("byProduct")).isEmpty();
        assertThat(insights.get("byForm").get(0).get("name").asString()).isEqualTo("POWDER");
        assertThat(insights.get("doseResponse").get("basis").asString()).isEqualTo("materialMg");
        assertThat(insights.get("doseResponse").get("bins")).isNotEmpty()
                .allSatisfy(bin -> assertThat(bin.has("from") && bin.has("to") && bin.has("n")).isTrue());
        JsonNode tolerance = insights.get("tolerance");
        assertThat(tolerance.get("signal").asBoolean()).isFalse();
        assertThat(tolerance.get("insufficient").asBoolean()).isTrue();
        assertThat(tolerance.has("slope") && tolerance.has("ciLow") && tolerance.has("ciHigh") && tolerance.has("n"))
                .isTrue();
        JsonNode daily = insights.get("daily");
        assertThat(daily).hasSize(31);
        assertThat(daily.get(0).get("date").asString()).isEqualTo("2026-03-01");
        assertThat(daily.get(0).get("painMin").asInt()).isEqualTo(4);
        assertThat(daily.get(0).get("painMax").asInt()).isEqualTo(7);
        assertThat(daily.get(0).get("painMean").asDouble()).isEqualTo(5.5);
        assertThat(daily.get(0).get("doses").asInt()).isEqualTo(1);
        assertThat(daily.get(0).get("materialMg").asLong()).isEqualTo(2000);
        assertThat(daily.get(0).has("mitragynineMg")).isTrue();
        assertThat(insights.get("correlations")).hasSize(3);
    }

    @Test
    void anotherPersonsJournalIsNotSeenAndBadRangesAreProblems() {
        Api api = new Api(port);
        User owner = api.newUser("UTC");
        User other = api.newUser("UTC");
        dose(api, owner, Instant.parse("2026-03-02T08:00:00Z"), 2);
        JsonNode seen = api.get(other, "/api/v1/insights?from=2026-03-01&to=2026-03-31").json();
        assertThat(seen.get("daily")).allSatisfy(day -> assertThat(day.get("doses").asInt()).isZero());
        assertThat(seen.get("reliefPerDose").get("unpaired").asInt()).isZero();

        Answer backwards = api.get(owner, "/api/v1/insights?from=2026-03-31&to=2026-03-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.isProblem()).isTrue();
        assertThat(backwards.errorFields()).containsExactly("to");
        Answer nonsense = api.get(owner, "/api/v1/insights?from=yesterday");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.errorFields()).containsExactly("from");
        assertThat(api.get(owner, "/api/v1/insights?from=2000-01-01&to=2026-01-01").errorFields()).containsExactly("from");
        assertThat(api.send("GET", "/api/v1/insights", null, null).status()).isEqualTo(401);
        assertThat(api.get(owner, "/api/v1/insights").json().get("daily")).hasSize(90);
    }

    @Test
    void anEscalationOverRecentMonthsBecomesACalmToleranceFindingWithSourcesAndHelp() {
        Api api = new Api(port);
        User ben = api.newUser("UTC");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int days = 100;
        for (int d = days; d >= 1; d--) {
            Instant at = today.minusDays(d).atTime(9, 0).toInstant(ZoneOffset.UTC);
            checkIn(api, ben, at.minus(15, ChronoUnit.MINUTES), 7);
            // The same relief (3 points) from amounts rising from 2 g to 5 g.
            dose(api, ben, at, Math.round((2 + 3.0 * (days - d) / days) * 10) / 10.0);
            checkIn(api, ben, at.plus(90, ChronoUnit.MINUTES), 4);
        }
        ToleranceAssessed assessed = insights.assessTolerance(ben.id());
        assertThat(assessed.signalled()).isTrue();
        assertThat(assessed.reliefFalling()).isTrue();

        JsonNode dependence = api.get(ben, "/api/v1/safety/dependence").json();
        List<JsonNode> tolerance = java.util.stream.StreamSupport.stream(dependence.get("findings").spliterator(), false)
                .filter(f -> f.get("ruleId").asString().equals("tolerance-relief-per-amount")).toList();
        assertThat(tolerance).singleElement().satisfies(f -> {
            assertThat(f.get("origin").asString()).isEqualTo("PATTERN");
            assertThat(f.get("title").asString()).isEqualTo("Signs of tolerance in the last 120 days");
            assertThat(f.get("explanation").asString()).contains("100 doses").contains("not a diagnosis");
            assertThat(f.get("sources")).isNotEmpty();
        });
        assertThat(dependence.get("help").get("resources")).isNotEmpty();

        api.post(ben, "/api/v1/safety/dependence/evaluate", null);
        assertThat(api.get(ben, "/api/v1/safety/dependence").body()).contains("tolerance-relief-per-amount");
        JsonNode report = api.get(ben, "/api/v1/insights?from=" + today.minusDays(119) + "&to=" + today).json();
        assertThat(report.get("tolerance").get("signal").asBoolean()).isTrue();
    }

    @Test
    void todayAsksForAnAfterCheckInAbout90MinutesAfterADoseUntilOneComes() {
        Api api = new Api(port);
        User cleo = api.newUser("UTC");
        Instant dose = Instant.now().minus(95, ChronoUnit.MINUTES);
        dose(api, cleo, dose, 2);
        long now = System.currentTimeMillis();
        assertThat(prompt.noticesAt(cleo.id(), now)).singleElement()
                .satisfies(notice -> {
                    assertThat(notice.message()).isEqualTo("insights.afterCheckIn");
                    assertThat(notice.arguments().get(0)).isEqualTo(95L);
                    assertThat(notice.link()).isEqualTo("/today#check-in");
                });
        assertThat(prompt.noticesAt(cleo.id(), dose.plus(60, ChronoUnit.MINUTES).toEpochMilli())).isEmpty();
        assertThat(prompt.noticesAt(cleo.id(), dose.plus(241, ChronoUnit.MINUTES).toEpochMilli())).isEmpty();
        checkIn(api, cleo, Instant.now().minus(1, ChronoUnit.MINUTES), 3);
        assertThat(prompt.noticesAt(cleo.id(), now)).isEmpty();
    }
}
