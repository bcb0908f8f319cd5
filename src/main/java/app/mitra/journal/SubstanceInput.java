package app.mitra.journal;

import java.time.Instant;
import java.util.UUID;

import app.mitra.common.Checks;

/**
 * Another substance as a person logs it: alcohol in standard drinks (the name, "beer", is optional),
 * or a medicine or other substance by name ("Xanax"), with an amount when they know it.
 */
public record SubstanceInput(UUID id, Instant takenAt, SubstanceKind kind, String name, Double amount,
        SubstanceUnit unit, String note) {

    public static final double MAX_AMOUNT = 100_000;

    public SubstanceInput {
        name = Checks.clean(name);
        note = Checks.clean(note);
        if (kind == SubstanceKind.ALCOHOL && amount != null && unit == null) {
            unit = SubstanceUnit.DRINKS;
        }
        Checks checks = new Checks();
        CheckInInput.checkTime(checks, takenAt);
        checks.require(kind != null, "kind", "is required (ALCOHOL, MEDICINE or OTHER)")
                .require(kind == null || kind == SubstanceKind.ALCOHOL || name != null, "name",
                        "is required for a medicine or other substance")
                .text(name, "name", 120)
                .require(amount == null || (amount > 0 && amount <= MAX_AMOUNT), "amount",
                        "must be more than 0 and at most 100,000")
                .require(amount == null || unit != null, "unit", "is required with an amount (drinks, mg, g, ml or tablets)")
                .require(kind != SubstanceKind.ALCOHOL || unit == null || unit == SubstanceUnit.DRINKS, "unit",
                        "alcohol is counted in standard drinks")
                .require(kind == SubstanceKind.ALCOHOL || unit != SubstanceUnit.DRINKS, "unit",
                        "standard drinks are for alcohol")
                .text(note, "note", 4000)
                .orThrow();
    }
}
