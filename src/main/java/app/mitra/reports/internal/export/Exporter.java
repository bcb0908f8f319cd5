package app.mitra.reports.internal.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import app.mitra.common.XmlText;
import app.mitra.common.web.Cursor;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;
import app.mitra.journal.Journal;
import app.mitra.journal.Substances;
import app.mitra.products.Batch;
import app.mitra.products.Batches;
import app.mitra.products.Coa;
import app.mitra.products.Products;
import app.mitra.products.Recalls;
import app.mitra.safety.Findings;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.HealthProfiles;
import app.mitra.safety.StoredFinding;
import app.mitra.safety.Tapers;

/** Reads everything a person keeps, through each module's API, into one {@link MitraExport}. */
@Component
public class Exporter {

    /** Rows read per query: large enough to be quick, small enough to keep memory flat. */
    private static final int PAGE = 5_000;

    private final Journal journal;
    private final Substances substances;
    private final Products products;
    private final Batches batches;
    private final Recalls recalls;
    private final HealthProfiles profiles;
    private final Tapers tapers;
    private final Findings findings;

    Exporter(Journal journal, Substances substances, Products products, Batches batches, Recalls recalls,
            HealthProfiles profiles, Tapers tapers, Findings findings) {
        this.journal = journal;
        this.substances = substances;
        this.products = products;
        this.batches = batches;
        this.recalls = recalls;
        this.profiles = profiles;
        this.tapers = tapers;
        this.findings = findings;
    }

    public MitraExport export(UUID userId) {
        HealthProfile p = profiles.get(userId);
        MitraExport.Profile profile = new MitraExport.Profile(p.timeZone(), p.age(), p.conditions(), p.medications(),
                p.substances(), p.jurisdiction(), p.dailyLimitMg(), p.maxDosesPerDay());
        List<MitraExport.Product> productRows = products.list(userId, true).stream()
                .map(x -> new MitraExport.Product(x.id(), x.name(), x.vendor(), x.strain(), x.vein(), x.form(),
                        x.capsuleMg(), x.extractRatio(), x.alkaloidMgPerUnit(), x.archived(), x.createdAt(),
                        x.updatedAt()))
                .sorted(Comparator.comparing(MitraExport.Product::createdAt).thenComparing(MitraExport.Product::name))
                .toList();
        List<MitraExport.Batch> batchRows = batches.stored(userId).stream().map(Exporter::batch)
                .sorted(Comparator.comparing(MitraExport.Batch::createdAt).thenComparing(MitraExport.Batch::batchCode))
                .toList();
        List<MitraExport.Recall> recallRows = recalls.list(userId).stream()
                .map(r -> new MitraExport.Recall(r.id(), r.vendor(), r.product(), r.batchCode(), r.reason(),
                        r.source(), r.recalledOn()))
                .sorted(Comparator.comparing(MitraExport.Recall::recalledOn).thenComparing(MitraExport.Recall::vendor)
                        .thenComparing(MitraExport.Recall::product)
                        .thenComparing(r -> r.batchCode() == null ? "" : r.batchCode()))
                .toList();
        List<MitraExport.CheckIn> checkIns = all(q -> journal.checkIns(userId, q),
                c -> new MitraExport.CheckIn(c.id(), c.takenAt(), c.timeZone(), c.pain(), c.peg(), c.painTypes(),
                        c.bodySites(), c.enjoyment(), c.activity(), c.mood(), c.anxiety(), c.energy(),
                        c.sleepQuality(), c.sideEffects(), c.note(), c.createdAt(), c.updatedAt()));
        List<MitraExport.Dose> doses = all(q -> journal.doses(userId, q),
                d -> new MitraExport.Dose(d.id(), d.takenAt(), d.timeZone(), d.form(), d.amount(), d.unit(),
                        d.method(), d.productId(), d.batchId(), d.note(), d.materialMg(), d.leafEquivalentMg(),
                        d.mitragynineMg(), d.sevenOhMg(), d.approximate(), d.createdAt(), d.updatedAt()));
        List<MitraExport.Substance> substanceRows = all(q -> substances.list(userId, q),
                s -> new MitraExport.Substance(s.id(), s.takenAt(), s.timeZone(), s.kind(), s.name(),
                        s.amount(), s.unit(), s.note(), s.createdAt(), s.updatedAt()));
        List<MitraExport.Withdrawal> withdrawals = all(q -> journal.withdrawals(userId, q),
                w -> new MitraExport.Withdrawal(w.id(), w.takenAt(), w.timeZone(), w.symptoms(), w.total(),
                        w.note(), w.createdAt(), w.updatedAt()));
        List<MitraExport.Note> notes = all(q -> journal.notes(userId, q),
                n -> new MitraExport.Note(n.id(), n.takenAt(), n.timeZone(), n.title(), n.text(), n.mood(), n.tags(),
                        n.createdAt(), n.updatedAt()));
        MitraExport.Taper taper = tapers.find(userId).map(t -> new MitraExport.Taper(t.startMg(), t.reductionMg(),
                t.reductionPercent(), t.stepDays(), t.startDate(), t.endMg(), t.pauses())).orElse(null);
        List<MitraExport.Acknowledged> acknowledged = findings.current(userId).stream()
                .filter(f -> f.state() == StoredFinding.State.ACKNOWLEDGED && f.origin() != StoredFinding.Origin.DOSE)
                .map(f -> new MitraExport.Acknowledged(f.origin().name(), f.finding().ruleId(), f.finding().input()))
                .sorted(Comparator.comparing(MitraExport.Acknowledged::origin)
                        .thenComparing(MitraExport.Acknowledged::ruleId)
                        .thenComparing(a -> a.input() == null ? "" : a.input()))
                .toList();
        // cleaned of characters XML forbids, as every report is: old entries may hold them (XmlText)
        return XmlText.cleanAll(new MitraExport(MitraExport.SCHEMA, MitraExport.VERSION, Instant.now(), profile,
                productRows, batchRows, recallRows, checkIns, doses, substanceRows, withdrawals, notes, taper,
                acknowledged));
    }

    private static MitraExport.Batch batch(Batch b) {
        Coa c = b.coa();
        boolean has = c != null;
        return new MitraExport.Batch(b.id(), b.productId(), b.batchCode(), b.purchasedOn(), has,
                has ? c.lab() : null, has ? c.testedOn() : null, has ? c.batchCode() : null,
                has ? c.mitragyninePercent() : null, has ? c.sevenOhPercent() : null,
                has ? c.totalAlkaloidsPercent() : null, has ? c.leadUgPerG() : null, has ? c.arsenicUgPerG() : null,
                has ? c.cadmiumUgPerG() : null, has ? c.mercuryUgPerG() : null, has ? c.salmonella() : null,
                has ? c.eColi() : null, has ? c.totalAerobicCfuPerG() : null, has ? c.yeastMoldCfuPerG() : null,
                b.createdAt(), b.updatedAt());
    }

    /** Every entry of one list, page by page, oldest first. */
    private static <T, R> List<R> all(Function<ListQuery, Page<T>> page, Function<T, R> row) {
        List<T> entries = new ArrayList<>();
        Cursor cursor = null;
        do {
            Page<T> next = page.apply(new ListQuery(Long.MIN_VALUE, Long.MAX_VALUE, PAGE, cursor));
            entries.addAll(next.items());
            cursor = next.nextCursor() == null ? null : Cursor.decode(next.nextCursor());
        } while (cursor != null);
        java.util.Collections.reverse(entries);
        return entries.stream().map(row).toList();
    }
}
