package app.mitra.accounts;

import java.time.Instant;
import java.util.UUID;

/** A new API token: the only time its secret is seen; the server keeps only its hash. */
public record IssuedToken(UUID id, String name, String token, Instant expiresAt) {
}
