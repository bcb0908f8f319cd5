package app.mitra.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalculatorsTest {

    @Test
    void gramsAndCapsulesConvertBothWaysForTheLabelledSize() {
        assertThat(Calculators.capsulesFromGrams(2, 500).capsules()).isEqualTo(4.0);
        assertThat(Calculators.gramsFromCapsules(3, 750).grams()).isEqualTo(2.25);
    }

    @Test
    void teaspoonsGiveARangeAroundWhatTheJournalCounts() {
        Calculators.Range range = Calculators.gramsFromTeaspoons(2);
        assertThat(range.middle()).isEqualTo(5.0);
        assertThat(range.low()).isEqualTo(4.0);
        assertThat(range.high()).isEqualTo(6.0);
    }

    @Test
    void anExtractStandsForItsMassTimesItsRatioOrItsLabelledMilligramsOverLeafPotency() {
        assertThat(Calculators.leafFromRatio(1.5, 10)).isEqualTo(15.0);
        Calculators.Range fromLabel = Calculators.leafFromLabelledMg(39);
        assertThat(fromLabel.low()).isCloseTo(2.0, within(0.01));
        assertThat(fromLabel.high()).isCloseTo(2.93, within(0.01));
        assertThat(fromLabel.middle()).isBetween(fromLabel.low(), fromLabel.high());
    }

    @Test
    void numbersAreReadAsPeopleTypeThemAndNonsenseIsNotGuessed() {
        assertThat(Calculators.positive("2,5", 10)).isEqualTo(2.5);
        assertThat(Calculators.positive(" 3 ", 10)).isEqualTo(3.0);
        assertThat(Calculators.positive("", 10)).isNull();
        assertThat(Calculators.positive("lots", 10)).isNaN();
        assertThat(Calculators.positive("-1", 10)).isNaN();
        assertThat(Calculators.positive("1e9", 10)).isNaN();
    }
}
