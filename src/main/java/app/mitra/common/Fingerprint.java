package app.mitra.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short digest of a validated create request, stored beside the row, so a repeated create with
 * the same id can be told apart: same body (a retry, answered 200) or another body (409). Records
 * print their components in a fixed order, and requests normalise times to instants first, so the
 * same content always gives the same digest.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(Record request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
