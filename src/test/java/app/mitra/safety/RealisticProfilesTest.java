package app.mitra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.mitra.safety.internal.Rulebooks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Profiles written the way patients and clinicians write them (src/test/resources/safety): every
 * expected finding appears at its severity, nothing else does, and harmless medicines are checked.
 */
class RealisticProfilesTest {

    record Profile(String name, JsonNode json) {

        @Override
        public String toString() {
            return name;
        }

        List<String> lines(String field) {
            return json.get(field).valueStream().map(JsonNode::asString).toList();
        }
    }

    static Stream<Profile> profiles() {
        JsonNode root = JsonMapper.builder().build().readTree(Rulebooks.read("/safety/realistic-profiles.json"));
        return root.get("profiles").valueStream().map(p -> new Profile(p.get("name").asString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void everyExpectedFindingAtItsSeverityAndNothingForHarmlessMedicines(Profile profile) {
        ScreeningResult result = ScreeningTest.SCREENING.check(profile.json().get("age").asInt(),
                profile.lines("conditions"), profile.lines("medications"), profile.lines("substances"));
        assertThat(result.findings().stream().map(f -> f.ruleId() + ":" + f.severity().code()).distinct())
                .as(profile.name() + " " + result.findings().stream().map(f -> f.input() + " → " + f.ruleId()).toList())
                .containsExactlyInAnyOrderElementsOf(profile.lines("expect"));
        List<String> harmless = profile.lines("harmless");
        assertThat(result.findings()).extracting(Finding::input).noneMatch(harmless::contains);
        assertThat(result.checked()).containsAll(harmless);
    }
}
