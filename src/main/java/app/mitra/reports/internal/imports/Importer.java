package app.mitra.reports.internal.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import app.mitra.accounts.AuditTrail;
import app.mitra.accounts.AuditTrail.Action;
import app.mitra.common.Ids;
import app.mitra.common.limits.Limits;
import app.mitra.common.limits.Upload;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.ConflictException;
import app.mitra.journal.Journal;
import app.mitra.journal.JournalImport.Outcome;
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
 * Imports a file whole or not at all, in two passes over it as a stream (docs/decisions/0012). The
 * first reads every record and checks it (the reader's rules, then the journal's, a chunk at a time)
 * and stores nothing: every problem of every line is found, and any refuses the file. The second reads
 * it again and stores it a chunk at a time, each chunk in one write, so the single writer is never held
 * for the whole file; if a chunk fails, what the earlier ones added is removed by id and the import is
 * refused. The profile, the taper plan and the one audit record of the import are the last write. A
 * preview is the first pass alone.
 */
@Service
public class Importer {

    static final String AUDIT_ENTITY = "import";
    private static final Logger log = LoggerFactory.getLogger(Importer.class);

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
    private final Limits limits;
    /** One import at a time per person: two at once could each take the other's records for its own. */
    private final Set<UUID> importing = ConcurrentHashMap.newKeySet();

    Importer(Readers readers, Journal journal, Products products, Batches batches, Recalls recalls, HealthProfiles profiles,
            Tapers tapers, Findings findings, DependenceSignals signals, AuditTrail audit, Writes writes, Limits limits) {
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
        this.limits = limits;
    }

    /** What importing the file would store and skip; nothing is written. Refuses a file with errors. */
    public ImportResult preview(UUID userId, ImportFormat format, Upload file) {
        ImportPlan plan = check(userId, format, file);
        boolean profile = plan.profile != null && isEmpty(profiles.get(userId));
        boolean taper = plan.taper != null && tapers.find(userId).isEmpty();
        return plan.tally.result(plan.profile != null, profile, plan.taper != null, taper);
    }

    public ImportResult run(UUID userId, ImportFormat format, Upload file) {
        if (!importing.add(userId)) {
            throw new ConflictException("Another import into this account is still running; nothing was imported."
                    + " Try again when it has finished.");
        }
        try {
            ImportPlan checked = check(userId, format, file);
            Added added = new Added();
            ImportResult result;
            try {
                ImportPlan stored = pass(userId, format, file, storing(userId, added), true);
                result = writes.write(() -> finish(userId, format, stored));
            } catch (RuntimeException | Error failure) {
                remove(userId, added, failure);
                throw failure;
            }
            if (checked.tally.acknowledged > 0) {
                signals.evaluate(userId);
                acknowledge(userId, format, file);
            } else if (checked.tally.doses > 0) {
                // weeks of doses may have arrived at once: the dependence signals look again
                signals.evaluate(userId);
            }
            return result;
        } finally {
            importing.remove(userId);
        }
    }

    /** The first pass: every record read and checked, nothing stored; any problem refuses the file. */
    private ImportPlan check(UUID userId, ImportFormat format, Upload file) {
        if (file.isEmpty()) {
            throw new ImportRefused(0, "The file is empty.");
        }
        ImportPlan plan = pass(userId, format, file, (chunk, checking) -> {
            Outcome outcome = journal.checkImport(userId, chunk.journal(checking.products(), checking.batches()));
            outcome.problems().forEach(problem -> checking.error(problem.line(), problem.message()));
            checking.tally.added += outcome.added();
            checking.tally.present += outcome.present();
            checking.tally.newCatalogue += chunk.catalogueSize();
        }, false);
        if (plan.hasErrors()) {
            throw new ImportRefused(plan.tally.errors.sorted());
        }
        return plan;
    }

    private ImportPlan pass(UUID userId, ImportFormat format, Upload file, ImportPlan.Sink sink, boolean firstProblemStops) {
        ImportPlan plan = new ImportPlan(new ImportContext(userId, journal.zone(userId)), format, limits, sink,
                firstProblemStops);
        readers.read(format, file, plan);
        plan.finish();
        return plan;
    }

    /** The second pass's chunks, each stored in one write; the ids each adds are kept for {@link #remove}. */
    private ImportPlan.Sink storing(UUID userId, Added added) {
        return (chunk, plan) -> {
            Stored stored = writes.write(() -> {
                Stored chunkStored = new Stored(products.importAll(userId, chunk.products),
                        batches.importAll(userId, chunk.batches), recalls.importAll(userId, chunk.recalls),
                        journal.importEntries(userId, chunk.journal(plan.products(), plan.batches())));
                if (!chunkStored.journal().problems().isEmpty()) {
                    throw new ImportRefused(chunkStored.journal().problems().stream()
                            .map(p -> new LineError(p.line(), p.message())).toList());
                }
                return chunkStored;
            });
            added.products.addAll(stored.products());
            added.batches.addAll(stored.batches());
            added.recalls.addAll(stored.recalls());
            added.journal.addAll(stored.journal().addedIds());
            plan.tally.added += stored.journal().added();
            plan.tally.present += stored.journal().present();
            plan.tally.newCatalogue += stored.products().size() + stored.batches().size() + stored.recalls().size();
        };
    }

    /** The last write: the profile and taper plan (never over ones the person keeps) and the import's audit record. */
    private ImportResult finish(UUID userId, ImportFormat format, ImportPlan plan) {
        boolean profile = plan.profile != null && isEmpty(profiles.get(userId));
        if (profile) {
            profiles.save(userId, plan.profile);
        }
        boolean taper = plan.taper != null && tapers.importPlan(userId, plan.taper, plan.taperPauses);
        ImportResult stored = plan.tally.result(plan.profile != null, profile, plan.taper != null, taper);
        audit.record(userId, AUDIT_ENTITY, Ids.newId(), Action.CREATE, null, "{\"format\":\"" + format.wireName()
                + "\",\"imported\":" + stored.imported() + ",\"skipped\":" + stored.skipped() + "}");
        return stored;
    }

    /**
     * Whole or nothing with chunked writes: a chunk that fails (a product deleted meanwhile, a full
     * disk) rolled itself back; the chunks before it are removed here by the ids they added, entries
     * first, then what they name. What the person held before the import is never among those ids.
     */
    private void remove(UUID userId, Added added, Throwable failure) {
        try {
            added.journal.inSlices(Chunk.SIZE, ids -> journal.removeImported(userId, ids));
            added.recalls.inSlices(Chunk.SIZE, ids -> recalls.removeImported(userId, ids));
            added.batches.inSlices(Chunk.SIZE, ids -> batches.removeImported(userId, ids));
            added.products.inSlices(Chunk.SIZE, ids -> products.removeImported(userId, ids));
        } catch (RuntimeException e) {
            log.error("An import stopped part-way and what it had stored could not all be removed", e);
            failure.addSuppressed(e);
        }
    }

    /** A finding acknowledged where the export came from stays acknowledged here (same rule, same line). */
    private void acknowledge(UUID userId, ImportFormat format, Upload file) {
        List<StoredFinding> open = findings.open(userId).stream()
                .filter(finding -> finding.origin() != StoredFinding.Origin.DOSE).toList();
        Set<UUID> done = new HashSet<>();
        readers.acknowledged(format, file, acknowledged -> {
            for (StoredFinding finding : open) {
                if (matches(finding, acknowledged) && done.add(finding.id())) {
                    findings.acknowledge(userId, finding.id());
                }
            }
        });
    }

    private static boolean matches(StoredFinding finding, MitraExport.Acknowledged acknowledged) {
        return finding.origin().name().equals(acknowledged.origin())
                && finding.finding().ruleId().equals(acknowledged.ruleId())
                && Objects.equals(finding.finding().input(), acknowledged.input());
    }

    /** A profile nobody filled in yet; an import never overwrites one a person keeps. */
    private static boolean isEmpty(HealthProfile profile) {
        return profile.equals(HealthProfile.empty(profile.timeZone()));
    }

    /** What one chunk's write added. */
    private record Stored(List<UUID> products, List<UUID> batches, List<UUID> recalls, Outcome journal) {
    }

    /** What the chunks stored so far added, kind by kind. */
    private static final class Added {
        final AddedIds journal = new AddedIds();
        final AddedIds recalls = new AddedIds();
        final AddedIds batches = new AddedIds();
        final AddedIds products = new AddedIds();
    }
}
