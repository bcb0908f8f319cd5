package app.mitra.journal;

import java.time.Instant;
import java.util.UUID;

/**
 * A dose about to be stored (or previewed), with its normalised mass. {@code id} is the dose's own
 * id, so checks on an edit or a retried create never count the dose against itself.
 */
public record ProposedDose(UUID id, Instant takenAt, long materialMg) {
}
