package app.mitra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.LivedInJournal;
import tools.jackson.databind.JsonNode;

/**
 * Sixty days of ordinary daily use (three doses a day) through the API: the Safety API lists each rule
 * once per subject, and a dose finding's count is exactly the number of doses that raised it. Run on
 * each database by a subclass.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class LivedInFindingsContract {

    private static final String EVERY_DAY = "guardrail-consecutive-days";

    @LocalServerPort
    int port;

    Api api;
    User person;

    @BeforeAll
    void twoMonthsOfDailyUse() {
        api = new Api(port);
        person = api.newUser();
        LivedInJournal.write(api, person);
    }

    private static String subject(JsonNode finding) {
        String origin = finding.get("origin").asString();
        JsonNode about = origin.equals("PROFILE") ? finding.get("input") : origin.equals("DOSE") ? finding.get("matched")
                : null;
        return finding.get("ruleId").asString() + " | " + (about == null || about.isNull() ? "" : about.asString());
    }

    @Test
    void theSafetyApiListsEachRuleOncePerSubjectWithHowOftenAndSinceWhen() {
        List<JsonNode> items = api.get(person, "/api/v1/safety/findings?all=true").json().get("items").valueStream()
                .toList();
        Map<String, Long> bySubject = items.stream()
                .collect(Collectors.groupingBy(LivedInFindingsContract::subject, TreeMap::new, Collectors.counting()));
        assertThat(bySubject.values()).as("one finding per rule and subject: " + bySubject.keySet()).containsOnly(1L);
        assertThat(items).as("two months of use stay a short list").hasSizeLessThan(20);
        assertThat(items).extracting(f -> f.get("ruleId").asString())
                .contains(EVERY_DAY, "guardrail-first-use", "tramadol");

        JsonNode doses = api.get(person, "/api/v1/doses?limit=500").json().get("items");
        assertThat(doses).hasSize(3 * LivedInJournal.DAYS);
        Map<String, Long> raisedByDoses = doses.valueStream().flatMap(d -> d.get("findings").valueStream())
                .collect(Collectors.groupingBy(f -> f.get("ruleId").asString(), Collectors.counting()));
        for (JsonNode finding : items) {
            if (finding.get("origin").asString().equals("DOSE")) {
                String rule = finding.get("ruleId").asString();
                assertThat(finding.get("count").asLong()).as(rule + ": its count is the number of doses that raised it")
                        .isEqualTo(raisedByDoses.get(rule));
            } else {
                assertThat(finding.get("count").asInt()).isEqualTo(1);
            }
            assertThat(finding.get("firstSeenAt").asString()).isNotBlank();
            assertThat(finding.get("asOf").asString()).isNotBlank();
        }

        JsonNode everyDay = items.stream().filter(f -> f.get("ruleId").asString().equals(EVERY_DAY)).findFirst()
                .orElseThrow();
        LocalDate first = LivedInJournal.today().minusDays(LivedInJournal.DAYS - 1L);
        assertThat(everyDay.get("count").asInt()).as("every dose from the seventh day on")
                .isEqualTo(3 * (LivedInJournal.DAYS - 6));
        assertThat(everyDay.get("firstSeenAt").asString()).isEqualTo(first.plusDays(6) + "T08:00:00Z");
        assertThat(everyDay.get("lastSeenAt").asString()).isEqualTo(LivedInJournal.today() + "T19:30:00Z");
        JsonNode lastDose = doses.get(0).get("findings").valueStream()
                .filter(f -> f.get("ruleId").asString().equals(EVERY_DAY)).findFirst().orElseThrow();
        assertThat(lastDose.get("id").asString()).as("a dose names the finding it updated")
                .isEqualTo(everyDay.get("id").asString());
        assertThat(lastDose.get("explanation").asString()).contains(LivedInJournal.DAYS + " days in a row");
    }
}
