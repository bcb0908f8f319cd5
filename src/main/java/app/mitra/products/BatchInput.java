package app.mitra.products;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import app.mitra.common.Checks;
import app.mitra.common.web.FieldProblem;
import app.mitra.common.web.InvalidInputException;

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

    /** Builds the batch and its certificate, refusing with the problems of both at once. */
    public static BatchInput of(UUID id, String batchCode, LocalDate purchasedOn, Supplier<Coa> coa) {
        List<FieldProblem> problems = new ArrayList<>();
        Coa built = null;
        try {
            built = coa.get();
        } catch (InvalidInputException refused) {
            problems.addAll(refused.problems());
        }
        try {
            BatchInput input = new BatchInput(id, batchCode, purchasedOn, built);
            if (problems.isEmpty()) {
                return input;
            }
        } catch (InvalidInputException refused) {
            problems.addAll(0, refused.problems());
        }
        throw new InvalidInputException(problems);
    }
}
