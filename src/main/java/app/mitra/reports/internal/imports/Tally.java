package app.mitra.reports.internal.imports;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.mitra.journal.CheckInInput;
import app.mitra.journal.DoseInput;
import app.mitra.journal.JournalImport.Entry;
import app.mitra.journal.NoteInput;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.WithdrawalInput;

/**
 * What a pass over a file found, in counts and short lists only (a file may have half a million
 * rows): records by kind, the first problems and skipped records by line, the first rows for the
 * preview, and what the chunks added or found present.
 */
final class Tally {

    private static final int PREVIEW_ROWS = 10;
    private static final Comparator<LineError> BY_LINE = Comparator.comparingInt(LineError::line);

    final Lowest<LineError> errors = new Lowest<>(ImportRefused.MAX_LISTED, BY_LINE);
    final Lowest<LineError> skipped = new Lowest<>(ImportRefused.MAX_LISTED, BY_LINE);
    final Lowest<ImportResult.PreviewRow> firstRows = new Lowest<>(PREVIEW_ROWS,
            Comparator.comparingInt(ImportResult.PreviewRow::line).thenComparing(ImportResult.PreviewRow::takenAt));
    int products;
    int batches;
    int recalls;
    int checkIns;
    int doses;
    int substances;
    int withdrawals;
    int notes;
    int acknowledged;
    /** Journal entries the chunks added (or, in a preview, would add), and those present already. */
    int added;
    int present;
    /** Products, batches and recalls new to the person (a preview counts them all). */
    int newCatalogue;

    int catalogue() {
        return products + batches + recalls;
    }

    /**
     * The answer, as API.md has it: {@code imported} counts every record stored; what was kept as
     * it was (the profile, the taper plan, records imported before) is counted and said as skipped.
     */
    ImportResult result(boolean hasProfile, boolean profile, boolean hasTaper, boolean taper) {
        List<LineError> lines = new ArrayList<>(skipped.sorted());
        int presentAll = present + catalogue() - newCatalogue;
        if (hasProfile && !profile) {
            lines.add(new LineError(0, "profile: you have a health profile already; it was kept as it is"));
        }
        if (hasTaper && !taper) {
            lines.add(new LineError(0, "taper: you have a taper plan already; it was kept as it is"));
        }
        if (presentAll > 0) {
            lines.add(new LineError(0, presentAll + " records were imported before and are kept as they are"));
        }
        lines.sort(BY_LINE);
        int imported = added + newCatalogue + (profile ? 1 : 0) + (taper ? 1 : 0);
        int skippedCount = (int) skipped.count() + presentAll + (hasProfile && !profile ? 1 : 0)
                + (hasTaper && !taper ? 1 : 0);
        return new ImportResult(imported, skippedCount, List.of(),
                List.copyOf(lines.subList(0, Math.min(lines.size(), ImportRefused.MAX_LISTED))),
                new ImportResult.Counts(products, checkIns, doses, substances, withdrawals, notes, hasProfile ? 1 : 0,
                        hasTaper ? 1 : 0),
                firstRows.sorted());
    }

    void checkIn(Entry<CheckInInput> e) {
        checkIns++;
        firstRows.offer(new ImportResult.PreviewRow(e.line(), "checkIn", e.input().takenAt(), e.input().pain() + "/10"));
    }

    void dose(Entry<DoseInput> e) {
        doses++;
        firstRows.offer(new ImportResult.PreviewRow(e.line(), "dose", e.input().takenAt(),
                number(e.input().amount()) + " " + e.input().unit().symbol()));
    }

    void substance(Entry<SubstanceInput> e) {
        substances++;
        firstRows.offer(new ImportResult.PreviewRow(e.line(), "substance", e.input().takenAt(),
                (e.input().name() == null ? "" : e.input().name()) + (e.input().amount() == null ? ""
                        : " " + number(e.input().amount()) + " " + e.input().unit().symbol())));
    }

    void withdrawal(Entry<WithdrawalInput> e) {
        withdrawals++;
        firstRows.offer(new ImportResult.PreviewRow(e.line(), "withdrawal", e.input().takenAt(),
                e.input().total() + "/" + e.input().symptoms().size() * 4));
    }

    void note(Entry<NoteInput> e) {
        notes++;
        firstRows.offer(new ImportResult.PreviewRow(e.line(), "note", e.input().takenAt(), headline(e.input())));
    }

    private static String number(double value) {
        return new DecimalFormat("0.##").format(value);
    }

    /** A note as a preview line shows it: the mood word and the title, or the start of the text. */
    private static String headline(NoteInput note) {
        String words = Stream.of(note.mood(), note.title()).filter(Objects::nonNull).collect(Collectors.joining(" · "));
        String text = words.isEmpty() ? Objects.requireNonNullElse(note.text(), String.join(", ", note.tags())) : words;
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
