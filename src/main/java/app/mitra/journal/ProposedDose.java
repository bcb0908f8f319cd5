package app.mitra.journal;

import java.time.Instant;
import java.util.UUID;

import app.mitra.products.Form;

/**
 * A dose about to be stored (or previewed), with its normalised mass and what the person typed
 * (form, amount and unit). {@code id} is the dose's own id, so checks on an edit or a retried create
 * never count the dose against itself.
 */
public record ProposedDose(UUID id, Instant takenAt, long materialMg, Form form, double amount, Unit unit) {
}
