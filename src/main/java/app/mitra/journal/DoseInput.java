package app.mitra.journal;

import java.time.Instant;
import java.util.UUID;

import app.mitra.common.Checks;
import app.mitra.products.Form;

/** A dose as a person logs it. Whether the unit fits the form and product is checked when it is normalised. */
public record DoseInput(UUID id, Instant takenAt, Form form, Double amount, Unit unit, UUID productId, UUID batchId,
        Method method, String note) {

    public DoseInput {
        note = Checks.clean(note);
        Checks checks = new Checks();
        CheckInInput.checkTime(checks, takenAt);
        checks.require(form != null, "form", "is required (POWDER, CAPSULES, TEA or EXTRACT)")
                .require(amount != null && amount > 0, "amount", "must be more than 0")
                .require(unit != null, "unit", "is required (g, mg, capsules, ml or tsp)")
                .require(batchId == null || productId != null, "batchId", "needs the batch's product as productId")
                .text(note, "note", 4000)
                .orThrow();
    }
}
