package app.mitra.accounts;

import java.time.Instant;

/** A passkey as Settings lists it: {@code id} is the credential id (base64url), {@code lastUsedAt} null until used. */
public record Passkey(String id, String name, Instant createdAt, Instant lastUsedAt) {
}
