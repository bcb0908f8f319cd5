package app.mitra.reports.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.mitra.journal.CheckInInput;
import app.mitra.journal.DoseInput;
import app.mitra.journal.JournalImport;
import app.mitra.journal.JournalImport.Entry;
import app.mitra.journal.NoteInput;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.WithdrawalInput;
import app.mitra.products.Batch;
import app.mitra.products.Product;
import app.mitra.products.Recall;

/**
 * Up to {@link #SIZE} records of a file, checked or stored together: one write holds the single
 * SQLite writer for a few milliseconds, so other people's writes go on between two chunks.
 */
final class Chunk {

    static final int SIZE = 1_000;

    final List<Product> products = new ArrayList<>();
    final List<Batch> batches = new ArrayList<>();
    final List<Recall> recalls = new ArrayList<>();
    final List<Entry<CheckInInput>> checkIns = new ArrayList<>();
    final List<Entry<DoseInput>> doses = new ArrayList<>();
    final List<Entry<SubstanceInput>> substances = new ArrayList<>();
    final List<Entry<WithdrawalInput>> withdrawals = new ArrayList<>();
    final List<Entry<NoteInput>> notes = new ArrayList<>();

    int size() {
        return products.size() + batches.size() + recalls.size() + checkIns.size() + doses.size() + substances.size()
                + withdrawals.size() + notes.size();
    }

    int catalogueSize() {
        return products.size() + batches.size() + recalls.size();
    }

    /** The chunk's journal entries, which may name any product or batch of the whole file. */
    JournalImport journal(Map<UUID, Product> allProducts, Map<UUID, Batch> allBatches) {
        return new JournalImport(allProducts, allBatches, checkIns, doses, substances, withdrawals, notes);
    }
}
