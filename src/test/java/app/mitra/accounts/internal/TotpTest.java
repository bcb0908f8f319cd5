package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B: eight-digit codes for each time and hash. */
    @ParameterizedTest(name = "at {0} s")
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826" })
    void theRfc6238TestVectorsComeOutExactly(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code("HmacSHA1", SHA1_SEED, step, 8)).isEqualTo(sha1);
        assertThat(Totp.code("HmacSHA256", SHA256_SEED, step, 8)).isEqualTo(sha256);
        assertThat(Totp.code("HmacSHA512", SHA512_SEED, step, 8)).isEqualTo(sha512);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcCodesWithLeadingZerosKept() {
        assertThat(Totp.code(SHA1_SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(SHA1_SEED, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void aCodeFromOneStepEitherSideIsAcceptedAndTellsItsStep() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now)).hasValue(step + 1);
    }

    @Test
    void aCodeTwoStepsAwayIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now)).isEmpty();
    }

    @Test
    void spacesAndAHyphenInATypedCodeDoNotMatterButOtherTextIsRefused() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(SHA1_SEED, "287 082", now)).isPresent();
        assertThat(Totp.matchingStep(SHA1_SEED, "287-082", now)).isPresent();
        assertThat(Totp.matchingStep(SHA1_SEED, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "abcdef", now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, null, now)).isEmpty();
    }

    @Test
    void base32RoundTripsAndReadsWhatAuthenticatorAppsShow() {
        assertThat(Base32.encode(SHA1_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(SHA1_SEED);
        assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Base32.decode("MZXW6YTBOI======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }
}
