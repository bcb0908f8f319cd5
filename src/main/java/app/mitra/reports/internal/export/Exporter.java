package app.mitra.reports.internal.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import app.mitra.common.web.Cursor;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;
import app.mitra.journal.Journal;
import app.mitra.journal.Substances;
import app.mitra.products.Products;
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
    private final HealthProfiles profiles;
    private final Tapers tapers;
    private final Findings findings;

    Exporter(Journal journal, Substances substances, Products products, HealthProfiles profiles, Tapers tapers,
            Findings findings) {
        this.journal = journal;
        this.substances = substances;
        this.products = products;
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
        return new MitraExport(MitraExport.SCHEMA, MitraExport.VERSION, Instant.now(), profile, productRows, checkIns,
                doses, substanceRows, withdrawals, notes, taper, acknowledged);
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
