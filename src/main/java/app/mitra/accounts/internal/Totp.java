package app.mitra.accounts.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP), written out on the JDK's HMAC
 * because sign-in needs the time step a code matched: a step once used is refused afterwards, so a
 * code seen over someone's shoulder cannot be used again. Mitra's codes are what every
 * authenticator app expects by default: HMAC-SHA-1, 6 digits, 30 seconds.
 */
public final class Totp {

    public static final String ALGORITHM = "HmacSHA1";
    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    /** One step either side of now: a phone clock a little off, or a code typed just as it changed. */
    static final int DRIFT_STEPS = 1;

    private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

    private Totp() {
    }

    /** The time step of an instant: whole periods since the Unix epoch. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code for one time step (RFC 4226 section 5.3: HMAC, dynamic truncation, modulo 10^digits). */
    public static String code(String algorithm, byte[] key, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
                | hash[offset + 3] & 0xff;
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    public static String code(byte[] key, long step) {
        return code(ALGORITHM, key, step, DIGITS);
    }

    /**
     * The time step whose code this is, looking one step either side of {@code now}, or empty.
     * Every candidate is compared in constant time, so timing says nothing about near misses.
     */
    public static OptionalLong matchingStep(byte[] key, String typed, Instant now) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long candidate = current - DRIFT_STEPS; candidate <= current + DRIFT_STEPS; candidate++) {
            if (MessageDigest.isEqual(code(key, candidate).getBytes(), code.getBytes()) && found.isEmpty()) {
                found = OptionalLong.of(candidate);
            }
        }
        return found;
    }
}
