package app.mitra.reports.internal.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import app.mitra.common.limits.Limits;
import app.mitra.common.limits.RowCount;
import app.mitra.common.web.InvalidInputException;
import app.mitra.journal.CheckInInput;
import app.mitra.journal.DoseInput;
import app.mitra.journal.JournalImport.Entry;
import app.mitra.journal.NoteInput;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.WithdrawalInput;
import app.mitra.products.Batch;
import app.mitra.products.Product;
import app.mitra.products.Recall;
import app.mitra.reports.internal.export.MitraExport;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.TaperPause;
import app.mitra.safety.TaperPlan;

/**
 * One pass of a format's reader over a file, which hands it the file's records as it reads them:
 * journal entries, and for Mitra's own export the products, batches, recalls, profile, taper plan and
 * acknowledgements; the records skipped with why, and the problems that refuse the file. An entry
 * whose input breaks a rule is a problem on its line, never a silent drop. Records go on, a
 * {@link Chunk} at a time, to the pass's {@link Sink}: checked in the first pass, stored in the
 * second. Nothing the file holds is kept beyond the chunk in hand but its products and batches, which
 * any later dose may name, and counts ({@link Tally}).
 */
public final class ImportPlan {

    /** Where the records of a pass go, a chunk at a time. */
    interface Sink {
        void accept(Chunk chunk, ImportPlan plan);
    }

    private final ImportContext context;
    private final ImportFormat format;
    private final Sink sink;
    private final boolean firstProblemStops;
    private final RowCount rows;
    private final KeyCounts keys = new KeyCounts();
    private final Map<UUID, Product> products = new HashMap<>();
    private final Map<UUID, Batch> batches = new HashMap<>();
    private Chunk chunk = new Chunk();
    final Tally tally = new Tally();
    HealthProfile profile;
    TaperPlan taper;
    List<TaperPause> taperPauses = List.of();

    /**
     * @param firstProblemStops true for the pass that stores: the first pass found no problem, so one
     *        now (a rule that reads the clock, a product deleted meanwhile) stops it at once
     */
    ImportPlan(ImportContext context, ImportFormat format, Limits limits, Sink sink, boolean firstProblemStops) {
        this.context = context;
        this.format = format;
        this.sink = sink;
        this.firstProblemStops = firstProblemStops;
        this.rows = new RowCount(limits);
    }

    public ImportContext context() {
        return context;
    }

    /** The rows of this pass so far, all files of a zip together. */
    RowCount rows() {
        return rows;
    }

    /**
     * The id of the record with this key in the file; a key met again (two identical rows) gets an
     * id of its own, so both are kept.
     */
    public UUID id(String key) {
        int seen = keys.next(key);
        return context.id(format, seen == 1 ? key : key + "#" + seen);
    }

    public void checkIn(int line, Supplier<Entry<CheckInInput>> entry) {
        add(line, entry, e -> {
            tally.checkIn(e);
            chunk.checkIns.add(e);
        });
    }

    public void dose(int line, Supplier<Entry<DoseInput>> entry) {
        add(line, entry, e -> {
            tally.dose(e);
            chunk.doses.add(e);
        });
    }

    public void substance(int line, Supplier<Entry<SubstanceInput>> entry) {
        add(line, entry, e -> {
            tally.substance(e);
            chunk.substances.add(e);
        });
    }

    public void withdrawal(int line, Supplier<Entry<WithdrawalInput>> entry) {
        add(line, entry, e -> {
            tally.withdrawal(e);
            chunk.withdrawals.add(e);
        });
    }

    public void note(int line, Supplier<Entry<NoteInput>> entry) {
        add(line, entry, e -> {
            tally.note(e);
            chunk.notes.add(e);
        });
    }

    /** A product of the file: stored before any entry that names it, and known to every later dose. */
    public void product(Product product) {
        tally.products++;
        products.put(product.id(), product);
        chunk.products.add(product);
        flushWhenFull();
    }

    public void batch(Batch batch) {
        tally.batches++;
        batches.put(batch.id(), batch);
        chunk.batches.add(batch);
        flushWhenFull();
    }

    public void recall(Recall recall) {
        tally.recalls++;
        chunk.recalls.add(recall);
        flushWhenFull();
    }

    public void profile(HealthProfile profile) {
        this.profile = profile;
    }

    public void taper(TaperPlan taper, List<TaperPause> pauses) {
        this.taper = taper;
        this.taperPauses = List.copyOf(pauses);
    }

    /** Acknowledgements are applied after the import is stored, read from the file once more; here they are counted. */
    public void acknowledged(MitraExport.Acknowledged acknowledged) {
        tally.acknowledged++;
    }

    public void skip(int line, String why) {
        tally.skipped.offer(new LineError(line, why));
    }

    public void error(int line, String message) {
        tally.errors.offer(new LineError(line, message));
        if (firstProblemStops) {
            throw new ImportRefused(line, message);
        }
    }

    /** Runs a step that builds a validated record; what the record refuses becomes this line's problems. */
    public void validated(int line, Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> error(line, p.field() + " " + p.message()));
        }
    }

    public boolean hasErrors() {
        return tally.errors.count() > 0;
    }

    /** Hands on the last chunk; the reader calls nothing after this. */
    void finish() {
        if (chunk.size() > 0) {
            flush();
        }
    }

    Map<UUID, Product> products() {
        return products;
    }

    Map<UUID, Batch> batches() {
        return batches;
    }

    private <T extends Record> void add(int line, Supplier<Entry<T>> entry, Consumer<Entry<T>> keep) {
        validated(line, () -> keep.accept(entry.get()));
        flushWhenFull();
    }

    private void flushWhenFull() {
        if (chunk.size() >= Chunk.SIZE) {
            flush();
        }
    }

    private void flush() {
        Chunk full = chunk;
        chunk = new Chunk();
        sink.accept(full, this);
    }
}
