package app.mitra.journal;

import java.time.Instant;
import java.util.UUID;

/** A stored entry of another substance (alcohol, a medicine, anything else) with when it was taken. */
public record Substance(UUID id, Instant takenAt, String timeZone, SubstanceKind kind, String name, Double amount,
        SubstanceUnit unit, String note, Instant createdAt, Instant updatedAt) {
}
