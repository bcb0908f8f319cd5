package app.mitra.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckInTest {

    @Test
    void thePegScoreIsTheMeanOfItsThreeItemsToOneDecimal() {
        assertThat(CheckIn.pegMean(7, 4, 5)).isEqualTo(5.3);
        assertThat(CheckIn.pegMean(1, 1, 0)).isEqualTo(0.7);
        assertThat(CheckIn.pegMean(0, 0, 0)).isEqualTo(0.0);
        assertThat(CheckIn.pegMean(10, 10, 10)).isEqualTo(10.0);
    }

    @Test
    void aMomentaryRatingHasNoPegScore() {
        assertThat(CheckIn.pegMean(6, null, null)).isNull();
        assertThat(CheckIn.pegMean(6, 3, null)).isNull();
    }
}
