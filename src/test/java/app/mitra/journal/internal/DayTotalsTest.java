package app.mitra.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DayTotalsTest {

    @Test
    void aDayAddsUpItsDosesDrinksAndPainRatings() {
        DayTotals day = DayTotals.NONE.withDose(3_500, 42.4).withDose(2_000, 30.0).withDose(2_000, 12.0)
                .withDrinks(1).withDrinks(0.5).withPain(4).withPain(7).withPain(5);
        assertThat(day.doses()).isEqualTo(3);
        assertThat(day.inGrams()).isTrue();
        assertThat(day.grams()).isEqualTo("7.5");
        assertThat(day.allMitragynineKnown()).isTrue();
        assertThat(day.mitragynine()).isEqualTo(84);
        assertThat(day.drinksText()).isEqualTo("1.5");
        assertThat(day.painMeanText()).isEqualTo("5.3");
        assertThat(day.painLow()).isEqualTo(4);
        assertThat(day.painHigh()).isEqualTo(7);
    }

    @Test
    void mitragynineIsTotalledOnlyAsFarAsItIsKnown() {
        DayTotals day = DayTotals.NONE.withDose(500, null).withDose(1_000, 16.0);
        assertThat(day.inGrams()).isTrue();
        assertThat(day.grams()).isEqualTo("1.5");
        assertThat(day.allMitragynineKnown()).isFalse();
        assertThat(day.someMitragynineKnown()).isTrue();
        assertThat(DayTotals.NONE.withDose(800, null).inGrams()).isFalse();
        assertThat(DayTotals.NONE.withDose(800, null).someMitragynineKnown()).isFalse();
    }

    @Test
    void aDayWithOnlyANoteHasNoTotals() {
        assertThat(DayTotals.NONE.isEmpty()).isTrue();
        assertThat(DayTotals.NONE.withPain(0).isEmpty()).isFalse();
    }
}
