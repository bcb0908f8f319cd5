package app.mitra.reports.internal.imports;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import app.mitra.accounts.AuditTrail;
import app.mitra.accounts.AuditTrail.Action;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.journal.Journal;
import app.mitra.journal.JournalImport;
import app.mitra.journal.JournalImport.Outcome;
import app.mitra.journal.NoteInput;
import app.mitra.products.Batches;
import app.mitra.products.Products;
import app.mitra.products.Recalls;
import app.mitra.reports.internal.export.MitraExport;
import app.mitra.safety.DependenceSignals;
import app.mitra.safety.Findings;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.HealthProfiles;
import app.mitra.safety.StoredFinding;
import app.mitra.safety.Tapers;

/**
 * Imports a file whole or not at all: the format's reader turns it into a plan, every problem of
 * every line is collected before anything is written, and the plan is stored in one write (the
 * single writer's rule), with one audit record for the import. A preview does all of it but the write.
 */
@Service
public class Importer {

    static final String AUDIT_ENTITY = "import";
    private static final int PREVIEW_ROWS = 10;

    private final Readers readers;
    private final Journal journal;
    private final Products products;
    private final Batches batches;
    private final Recalls recalls;
    private final HealthProfiles profiles;
    private final Tapers tapers;
    private final Findings findings;
    private final DependenceSignals signals;
    private final AuditTrail audit;
    private final Writes writes;

    Importer(Readers readers, Journal journal, Products products, Batches batches, Recalls recalls, HealthProfiles profiles, Tapers tapers,
            Findings findings, DependenceSignals signals, AuditTrail audit, Writes writes) {
        this.readers = readers;
        this.journal = journal;
        this.products = products;
        this.batches = batches;
        this.recalls = recalls;
        this.profiles = profiles;
        this.tapers = tapers;
        this.findings = findings;
        this.signals = signals;
        this.audit = audit;
        this.writes = writes;
    }

    /** What importing the file would store and skip; nothing is written. Refuses a file with errors. */
    public ImportResult preview(UUID userId, ImportFormat format, byte[] file) {
        ImportPlan plan = read(userId, format, file);
        JournalImport batch = plan.journal();
        Outcome outcome = journal.checkImport(userId, batch);
        refuseOnProblems(outcome);
        boolean profile = plan.profile != null && isEmpty(profiles.get(userId));
        boolean taper = plan.taper != null && tapers.find(userId).isEmpty();
        return result(plan, outcome, plan.products.size() + plan.batches.size() + plan.recalls.size(), profile, taper);
    }

    public ImportResult run(UUID userId, ImportFormat format, byte[] file) {
        ImportPlan plan = read(userId, format, file);
        JournalImport batch = plan.journal();
        ImportResult result = writes.write(() -> {
            int newProductRecords = products.importAll(userId, batch.products()) + batches.importAll(userId, plan.batches)
                    + recalls.importAll(userId, plan.recalls);
            Outcome outcome = journal.importEntries(userId, batch);
            refuseOnProblems(outcome);
            boolean profile = plan.profile != null && isEmpty(profiles.get(userId));
            if (profile) {
                profiles.save(userId, plan.profile);
            }
            boolean taper = plan.taper != null && tapers.importPlan(userId, plan.taper, plan.taperPauses);
            if (!plan.acknowledged.isEmpty()) {
                signals.evaluate(userId);
                acknowledge(userId, plan.acknowledged);
            }
            ImportResult stored = result(plan, outcome, newProductRecords, profile, taper);
            audit.record(userId, AUDIT_ENTITY, Ids.newId(), Action.CREATE, null, "{\"format\":\""
                    + format.wireName() + "\",\"imported\":" + stored.imported() + ",\"skipped\":" + stored.skipped()
                    + "}");
            return stored;
        });
        if (plan.acknowledged.isEmpty() && !batch.doses().isEmpty()) {
            // weeks of doses may have arrived at once: the dependence signals look again
            signals.evaluate(userId);
        }
        return result;
    }

    private ImportPlan read(UUID userId, ImportFormat format, byte[] file) {
        if (file == null || file.length == 0) {
            throw new ImportRefused(0, "The file is empty.");
        }
        ImportPlan plan = readers.read(format, file, new ImportContext(userId, journal.zone(userId)));
        if (plan.hasErrors()) {
            throw new ImportRefused(plan.errors.stream().sorted(Comparator.comparingInt(LineError::line)).toList());
        }
        return plan;
    }

    private static void refuseOnProblems(Outcome outcome) {
        if (!outcome.problems().isEmpty()) {
            throw new ImportRefused(outcome.problems().stream().map(p -> new LineError(p.line(), p.message()))
                    .sorted(Comparator.comparingInt(LineError::line)).toList());
        }
    }

    /** A finding acknowledged where the export came from stays acknowledged here (same rule, same line). */
    private void acknowledge(UUID userId, List<MitraExport.Acknowledged> acknowledged) {
        for (StoredFinding finding : findings.open(userId)) {
            boolean match = acknowledged.stream().anyMatch(a -> finding.origin().name().equals(a.origin())
                    && finding.finding().ruleId().equals(a.ruleId())
                    && Objects.equals(finding.finding().input(), a.input()));
            if (match && finding.origin() != StoredFinding.Origin.DOSE) {
                findings.acknowledge(userId, finding.id());
            }
        }
    }

    /** A profile nobody filled in yet; an import never overwrites one a person keeps. */
    private static boolean isEmpty(HealthProfile profile) {
        return profile.equals(HealthProfile.empty(profile.timeZone()));
    }

    private static ImportResult result(ImportPlan plan, Outcome outcome, int newProductRecords, boolean profile,
            boolean taper) {
        List<LineError> skipped = new ArrayList<>(plan.skipped);
        int present = outcome.present() + (plan.products.size() + plan.batches.size() + plan.recalls.size()
                - newProductRecords);
        if (plan.profile != null && !profile) {
            skipped.add(new LineError(0, "profile: you have a health profile already; it was kept as it is"));
        }
        if (plan.taper != null && !taper) {
            skipped.add(new LineError(0, "taper: you have a taper plan already; it was kept as it is"));
        }
        if (present > 0) {
            skipped.add(new LineError(0, present + " records were imported before and are kept as they are"));
        }
        skipped.sort(Comparator.comparingInt(LineError::line));
        JournalImport batch = plan.journal();
        int imported = outcome.added() + newProductRecords + (profile ? 1 : 0) + (taper ? 1 : 0);
        int skippedCount = plan.skipped.size() + present + (plan.profile != null && !profile ? 1 : 0)
                + (plan.taper != null && !taper ? 1 : 0);
        return new ImportResult(imported, skippedCount, List.of(),
                List.copyOf(skipped.subList(0, Math.min(skipped.size(), ImportRefused.MAX_LISTED))),
                new ImportResult.Counts(plan.products.size(), batch.checkIns().size(), batch.doses().size(),
                        batch.substances().size(), batch.withdrawals().size(), batch.notes().size(),
                        plan.profile == null ? 0 : 1,
                        plan.taper == null ? 0 : 1),
                firstRows(batch));
    }

    /** A note as a preview line shows it: the mood word and the title, or the start of the text. */
    private static String headline(NoteInput note) {
        String words = Stream.of(note.mood(), note.title()).filter(Objects::nonNull).collect(Collectors.joining(" · "));
        String text = words.isEmpty() ? Objects.requireNonNullElse(note.text(), String.join(", ", note.tags())) : words;
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static List<ImportResult.PreviewRow> firstRows(JournalImport batch) {
        DecimalFormat number = new DecimalFormat("0.##");
        Stream<ImportResult.PreviewRow> rows = Stream.of(
                batch.checkIns().stream().map(e -> new ImportResult.PreviewRow(e.line(), "checkIn",
                        e.input().takenAt(), e.input().pain() + "/10")),
                batch.doses().stream().map(e -> new ImportResult.PreviewRow(e.line(), "dose", e.input().takenAt(),
                        number.format(e.input().amount()) + " " + e.input().unit().symbol())),
                batch.substances().stream().map(e -> new ImportResult.PreviewRow(e.line(), "substance",
                        e.input().takenAt(), (e.input().name() == null ? "" : e.input().name())
                                + (e.input().amount() == null ? "" : " " + number.format(e.input().amount()) + " "
                                        + e.input().unit().symbol()))),
                batch.withdrawals().stream().map(e -> new ImportResult.PreviewRow(e.line(), "withdrawal",
                        e.input().takenAt(), e.input().total() + "/" + e.input().symptoms().size() * 4)),
                batch.notes().stream().map(e -> new ImportResult.PreviewRow(e.line(), "note", e.input().takenAt(),
                        headline(e.input()))))
                .flatMap(s -> s);
        return rows.sorted(Comparator.comparingInt(ImportResult.PreviewRow::line)
                .thenComparing(ImportResult.PreviewRow::takenAt)).limit(PREVIEW_ROWS).toList();
    }
}
