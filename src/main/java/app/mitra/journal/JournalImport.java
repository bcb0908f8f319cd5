package app.mitra.journal;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.mitra.products.Batch;
import app.mitra.products.Product;

/**
 * Entries brought in from an export of Mitra or from another app, a chunk of a file at a time, each
 * chunk stored in one write. Each entry carries the id the importer chose for it, the line of the file
 * it came from (so a problem names it), the zone it was logged in (null: the person's zone) and when
 * it was first written (null: now). {@code products} and {@code batches} are those the whole import
 * brings, by id, which doses may name; they are read, never copied, since every chunk shares them.
 */
public record JournalImport(Map<UUID, Product> products, Map<UUID, Batch> batches, List<Entry<CheckInInput>> checkIns,
        List<Entry<DoseInput>> doses, List<Entry<SubstanceInput>> substances, List<Entry<WithdrawalInput>> withdrawals,
        List<Entry<NoteInput>> notes) {

    public JournalImport {
        products = Collections.unmodifiableMap(products);
        batches = Collections.unmodifiableMap(batches);
        checkIns = List.copyOf(checkIns);
        doses = List.copyOf(doses);
        substances = List.copyOf(substances);
        withdrawals = List.copyOf(withdrawals);
        notes = List.copyOf(notes);
    }

    public record Entry<T extends Record>(int line, UUID id, T input, String timeZone, Instant createdAt,
            Instant updatedAt) {

        public static <T extends Record> Entry<T> of(int line, UUID id, T input) {
            return new Entry<>(line, id, input, null, null, null);
        }
    }

    /** Why the entry on {@code line} cannot be stored; one problem refuses the whole import. */
    public record Problem(int line, String message) {
    }

    /**
     * Entries new to the journal (their ids, so an import stopped part-way can remove them), how many it
     * holds already (same id: a file imported again), and problems.
     */
    public record Outcome(List<UUID> addedIds, int present, List<Problem> problems) {

        public Outcome {
            addedIds = List.copyOf(addedIds);
            problems = List.copyOf(problems);
        }

        public int added() {
            return addedIds.size();
        }
    }

    public int size() {
        return checkIns.size() + doses.size() + substances.size() + withdrawals.size() + notes.size();
    }
}
