package app.mitra.accounts;

import java.time.Instant;
import java.util.UUID;

/** An invite code an admin made; {@code code} is only known when it is created. */
public record Invite(UUID id, String code, Instant createdAt, Instant expiresAt, String usedBy, Instant usedAt) {

    public boolean used() {
        return usedAt != null;
    }
}
