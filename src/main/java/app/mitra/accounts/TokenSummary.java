package app.mitra.accounts;

import java.time.Instant;
import java.util.UUID;

/** An API token as listed in settings, without its secret: when and from which address it was last used. */
public record TokenSummary(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        String lastUsedAddress) {

    public boolean expired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
