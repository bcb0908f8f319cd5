package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void textIsCutIntoLowerCaseRunsOfLettersOrDigits() {
        assertThat(Words.of("Percocet 10/325 q6h")).containsExactly("percocet", "10", "325", "q", "6", "h");
        assertThat(Words.of("7-OH")).containsExactly(Words.of("7OH"));
        assertThat(Words.of("17-OH")).containsExactly("17", "oh");
        assertThat(Words.of("Neptune's Fix")).containsExactly("neptune", "s", "fix");
    }

    @Test
    void shortNamesToleratesNoTypoAndLongerOnesOneOrTwo() {
        assertThat(Words.tolerance("xanax")).isZero();
        assertThat(Words.tolerance("valium")).isEqualTo(1);
        assertThat(Words.tolerance("alprazolam")).isEqualTo(2);
        assertThat(Words.mayBeMisspelt("needed")).isFalse();
        assertThat(Words.mayBeMisspelt("2000iu")).isFalse();
    }
}
