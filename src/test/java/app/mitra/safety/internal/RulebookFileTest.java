package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.mitra.safety.Severity;

class RulebookFileTest {

    @Test
    void theShippedRulebookIsValidWithEveryResearchRuleSourcedAndCategorised() {
        Rulebook book = Rulebooks.shipped();
        assertThat(book.version()).isNotBlank();
        assertThat(book.asOf()).isNotNull();
        assertThat(book.rules()).hasSize(52);
        assertThat(book.rules()).allSatisfy(rule -> {
            assertThat(rule.sources()).isNotEmpty();
            assertThat(Set.of(RulebookFile.DRUG_CATEGORIES, RulebookFile.CONDITION_CATEGORIES))
                    .anyMatch(vocabulary -> vocabulary.contains(rule.category()));
        });
    }

    @Test
    void aSmallValidFileIsReadIntoRecords() {
        Rulebook book = Rulebooks.parse(Rulebooks.read("/safety/valid-rulebook.json"));
        Rule benzo = book.rules().get(0);
        assertThat(benzo.severity()).isEqualTo(Severity.AVOID);
        assertThat(benzo.names()).isEqualTo(Map.of("alprazolam", List.of("Xanax")));
        assertThat(benzo.explanation()).isEqualTo("Both slow breathing. Heavy sedation.");
        assertThat(book.rules().get(1).age().applies(65)).isTrue();
        assertThat(book.rules().get(1).age().applies(64)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            no-version                                 | 'version' is missing
            no-source                                  | needs at least one source
            source-without-url                         | every source needs a title and a web address
            unknown-category                           | category 'benzos' is not a drug or substance word
            condition-category-on-a-drug               | category 'pregnancy' is not a drug or substance word
            unknown-severity                           | severity 'deadly' is not one of
            unknown-evidence                           | evidence 'anecdotal' is not one of
            advice-with-a-dose                         | advice must never name an amount
            name-also-excluded                         | 'Xanax' is both a name and an exclusion
            name-also-harmless                         | 'alprazolam' is also on the no-known-interaction list
            same-name-same-category-different-severity | is also claimed by benzodiazepines
            duplicate-id                               | the id is used twice
            no-names                                   | needs at least one name
            not-json                                   | not valid JSON
            """)
    void aBrokenFileIsRefusedWithAClearReason(String fixture, String reason) {
        String text = Rulebooks.read("/safety/broken/" + fixture + ".json");
        assertThatThrownBy(() -> Rulebooks.parse(text)).isInstanceOf(BrokenRulebookException.class)
                .hasMessageContaining("The safety rulebook test rulebook is broken").hasMessageContaining(reason);
    }
}
