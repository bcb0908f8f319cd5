package app.mitra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.mitra.safety.internal.Rule;
import app.mitra.safety.internal.Rulebooks;

/** Every rule fires on one line written the way people write, and stays quiet on a similar line. */
class RuleCasesTest {

    record Case(String ruleId, String field, String fires, String quiet) {

        @Override
        public String toString() {
            return ruleId;
        }
    }

    static Stream<Case> cases() {
        return Rulebooks.read("/safety/rule-cases.tsv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(parts -> new Case(parts[0], parts[1], parts[2], parts[3]));
    }

    private static List<String> rulesFiredBy(String field, String line) {
        ScreeningResult result = switch (field) {
            case "age" -> ScreeningTest.SCREENING.check(Integer.valueOf(line), null, null, null);
            case "conditions" -> ScreeningTest.SCREENING.check(null, List.of(line), null, null);
            case "medications" -> ScreeningTest.SCREENING.check(null, null, List.of(line), null);
            case "substances" -> ScreeningTest.SCREENING.check(null, null, null, List.of(line));
            default -> throw new IllegalArgumentException(field);
        };
        return result.findings().stream().map(Finding::ruleId).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRuleFiresOnItsLineAndNotOnASimilarOne(Case rule) {
        assertThat(rulesFiredBy(rule.field(), rule.fires())).as("\"" + rule.fires() + "\"").contains(rule.ruleId());
        assertThat(rulesFiredBy(rule.field(), rule.quiet())).as("\"" + rule.quiet() + "\"")
                .doesNotContain(rule.ruleId());
    }

    @Test
    void everyRuleOfTheRulebookHasACase() {
        assertThat(cases().map(Case::ruleId))
                .containsExactlyInAnyOrderElementsOf(Rulebooks.shipped().rules().stream().map(Rule::id).toList());
    }
}
