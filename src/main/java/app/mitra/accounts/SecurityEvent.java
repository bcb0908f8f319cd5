package app.mitra.accounts;

import java.time.Instant;
import java.util.UUID;

/** One entry of an account's security log: what, when, and from which address and device. */
public record SecurityEvent(UUID id, Instant at, SecurityEventType type, String address, String device) {
}
