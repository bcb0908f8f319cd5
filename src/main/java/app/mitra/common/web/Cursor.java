package app.mitra.common.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last item of a page in (time, id) order. Encoded URL-safe so clients pass
 * it back unchanged; its content is not part of the contract.
 */
public record Cursor(long epochMillis, UUID id) {

    public String encode() {
        String raw = epochMillis + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return new Cursor(Long.parseLong(raw.substring(0, colon)), UUID.fromString(raw.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "is not a cursor this server gave out");
        }
    }
}
