package app.mitra.products;

import java.time.LocalDate;
import java.util.UUID;

import app.mitra.common.Checks;

/** A batch of a product as a person records it, with its certificate when there is one. */
public record BatchInput(UUID id, String batchCode, LocalDate purchasedOn, Coa coa) {

    public BatchInput {
        batchCode = Checks.clean(batchCode);
        new Checks().require(batchCode != null, "batchCode", "is required (the lot or batch number on the pack)")
                .text(batchCode, "batchCode", 80)
                .require(purchasedOn == null || !purchasedOn.isAfter(LocalDate.now().plusDays(1)), "purchasedOn",
                        "is in the future")
                .orThrow();
    }
}
