package app.mitra.reports.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import app.mitra.common.web.InvalidInputException;
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
import app.mitra.reports.internal.export.MitraExport;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.TaperPause;
import app.mitra.safety.TaperPlan;

/**
 * What a file holds, ready to store, built by a format's reader line by line: journal entries, and
 * for Mitra's own export the products, batches, recalls, profile, taper plan and acknowledgements; the records skipped
 * with why, and the problems that refuse the file. An entry whose input breaks a rule is a problem
 * on its line, never a silent drop.
 */
public final class ImportPlan {

    private final ImportContext context;
    private final ImportFormat format;
    private final Map<String, Integer> keys = new HashMap<>();
    final List<Product> products = new ArrayList<>();
    final List<Batch> batches = new ArrayList<>();
    final List<Recall> recalls = new ArrayList<>();
    final List<Entry<CheckInInput>> checkIns = new ArrayList<>();
    final List<Entry<DoseInput>> doses = new ArrayList<>();
    final List<Entry<SubstanceInput>> substances = new ArrayList<>();
    final List<Entry<WithdrawalInput>> withdrawals = new ArrayList<>();
    final List<Entry<NoteInput>> notes = new ArrayList<>();
    final List<MitraExport.Acknowledged> acknowledged = new ArrayList<>();
    final List<LineError> skipped = new ArrayList<>();
    final List<LineError> errors = new ArrayList<>();
    HealthProfile profile;
    TaperPlan taper;
    List<TaperPause> taperPauses = List.of();

    public ImportPlan(ImportContext context, ImportFormat format) {
        this.context = context;
        this.format = format;
    }

    public ImportContext context() {
        return context;
    }

    /**
     * The id of the record with this key in the file; a key met again (two identical rows) gets an
     * id of its own, so both are kept.
     */
    public java.util.UUID id(String key) {
        int seen = keys.merge(key, 1, Integer::sum);
        return context.id(format, seen == 1 ? key : key + "#" + seen);
    }

    public void checkIn(int line, Supplier<Entry<CheckInInput>> entry) {
        add(checkIns, line, entry);
    }

    public void dose(int line, Supplier<Entry<DoseInput>> entry) {
        add(doses, line, entry);
    }

    public void substance(int line, Supplier<Entry<SubstanceInput>> entry) {
        add(substances, line, entry);
    }

    public void withdrawal(int line, Supplier<Entry<WithdrawalInput>> entry) {
        add(withdrawals, line, entry);
    }

    public void note(int line, Supplier<Entry<NoteInput>> entry) {
        add(notes, line, entry);
    }

    public void skip(int line, String why) {
        skipped.add(new LineError(line, why));
    }

    public void error(int line, String message) {
        errors.add(new LineError(line, message));
    }

    /** Runs a step that builds a validated record; what the record refuses becomes this line's problems. */
    public void validated(int line, Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> error(line, p.field() + " " + p.message()));
        }
    }

    private <T extends Record> void add(List<Entry<T>> list, int line, Supplier<Entry<T>> entry) {
        validated(line, () -> list.add(entry.get()));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    JournalImport journal() {
        return new JournalImport(products, batches, checkIns, doses, substances, withdrawals, notes);
    }
}
