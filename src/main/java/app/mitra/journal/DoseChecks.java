package app.mitra.journal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks on a new or changed dose (the guardrails). The journal declares what it needs and the
 * safety module implements it, so the journal never depends on safety (DESIGN.md, "Architecture").
 */
public interface DoseChecks {

    /** The findings this dose would raise; nothing is stored. */
    List<DoseFinding> preview(UUID userId, ProposedDose dose, DoseHistory history);

    /**
     * Keeps a dose's findings (from {@link #preview}) with it, replacing earlier ones; called inside the
     * dose's write. The checks themselves run before the write, so the single SQLite writer only stores
     * (and merges each finding into the one stored finding of its rule and subject).
     */
    void record(UUID userId, ProposedDose dose, List<DoseFinding> findings);

    /** Forgets a deleted dose's findings; called inside the deletion's write. */
    void forget(UUID userId, UUID doseId);

    /** The stored findings of these doses, by dose id; a dose without findings may be missing from the map. */
    Map<UUID, List<DoseFinding>> recorded(UUID userId, Collection<UUID> doseIds);
}
