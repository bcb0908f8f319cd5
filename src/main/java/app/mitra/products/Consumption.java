package app.mitra.products;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * How much material a person actually took, per batch and day, in their own time zone. Products
 * declares what it needs and the journal implements it, so products never depends on the journal
 * (DESIGN.md, "Architecture"). Answers are sums computed by the database, never every dose.
 */
public interface Consumption {

    /** Every day in [from, to] with a dose, per batch; {@code batchId} null sums the doses logged without a batch. */
    List<DailyUse> dailyUse(UUID userId, LocalDate from, LocalDate to);

    /** Every day this batch was taken, oldest first. */
    List<DailyUse> dailyUse(UUID userId, UUID batchId);

    /** Milligrams of material taken on one day from one batch (or without a batch when {@code batchId} is null). */
    record DailyUse(LocalDate date, UUID batchId, long materialMg) {
    }
}
