package app.mitra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpResourcesTest {

    private final HelpResources help = new HelpResources(null);

    @Test
    void aStateOrPlaceCodeFindsItsCountrysLines() {
        Help texas = help.forJurisdiction("US-TX-AUSTIN");
        assertThat(texas.fallback()).isFalse();
        assertThat(texas.country()).isEqualTo("US");
        assertThat(texas.resources()).extracting(HelpResource::contact).contains("1-800-662-4357", "988");
    }

    @Test
    void aCountryWithoutCheckedLinesFallsBackToTheUsLinesLabelledAsSuch() {
        Help germany = help.forJurisdiction("DE");
        assertThat(germany.fallback()).isTrue();
        assertThat(germany.country()).isEqualTo("US");
        assertThat(germany.countryName()).isEqualTo("United States");
    }

    @Test
    void noJurisdictionAlsoFallsBack() {
        assertThat(help.forJurisdiction(null).fallback()).isTrue();
    }
}
