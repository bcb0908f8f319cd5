package app.mitra.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void distanceCountsASwapOfNeighboursAsOneTypo() {
        assertThat(EditDistance.within("codiene", "codeine", 1)).isEqualTo(1);
        assertThat(EditDistance.within("oxycodon", "oxycodone", 1)).isEqualTo(1);
        assertThat(EditDistance.within("cocaine", "codeine", 1)).isEqualTo(2);
        assertThat(EditDistance.within("naloxone", "naltrexone", 2)).isEqualTo(3);
    }
}
