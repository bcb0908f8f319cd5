package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelveCharactersAreEnough() {
        assertThat(policy.problem("pale-orchid7", "robin")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooFew() {
        assertThat(policy.problem("pale-orchid", "robin")).contains("must be at least 12 characters");
    }

    @Test
    void noPasswordIsRefused() {
        assertThat(policy.problem(null, "robin")).isPresent();
    }

    @Test
    void oneHundredTwentyEightCharactersAreTheMost() {
        assertThat(policy.problem("ab1-".repeat(32), "robin")).isEmpty();
        assertThat(policy.problem("ab1-".repeat(32) + "x", "robin")).contains("must be at most 128 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = { "123456789abc", "1Q2W3E4R5T6Y", "000000000000" })
    void commonPasswordsAreRefusedWhateverTheirCase(String common) {
        assertThat(policy.problem(common, "robin")).contains("is one of the most common passwords; choose another");
    }

    @Test
    void aPasswordOfOneOrTwoRepeatedCharactersIsRefused() {
        assertThat(policy.problem("abababababababab", "robin")).contains("repeats too few characters; choose another");
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        assertThat(policy.problem("my-Robin-password", "robin")).contains("must not contain your username");
    }
}
