package app.mitra.products;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored batch with its certificate (null when none) and its evaluation against the person's doses. */
public record Batch(UUID id, UUID productId, String batchCode, LocalDate purchasedOn, Coa coa, Evaluation evaluation,
        Instant createdAt, Instant updatedAt) {

    public Batch withEvaluation(Evaluation evaluated) {
        return new Batch(id, productId, batchCode, purchasedOn, coa, evaluated, createdAt, updatedAt);
    }
}
