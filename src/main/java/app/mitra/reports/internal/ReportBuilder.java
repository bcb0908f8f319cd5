package app.mitra.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import app.mitra.journal.CheckIn;
import app.mitra.journal.Dose;
import app.mitra.journal.Intake;
import app.mitra.products.Batch;
import app.mitra.products.Product;
import app.mitra.products.QualityStatus;
import app.mitra.products.Recall;
import app.mitra.reports.internal.Report.DayRow;
import app.mitra.reports.internal.Report.DoseCell;
import app.mitra.reports.internal.Report.FindingRow;
import app.mitra.reports.internal.Report.Note;
import app.mitra.reports.internal.Report.PegRow;
import app.mitra.reports.internal.Report.BatchRow;
import app.mitra.reports.internal.Report.ProductRow;
import app.mitra.reports.internal.Report.Summary;
import app.mitra.reports.internal.Report.TaperRow;
import app.mitra.safety.Severity;
import app.mitra.safety.Taper;
import app.mitra.safety.TaperStep;

/** Computes a {@link Report} from a {@link Snapshot}: the numbers a clinician reads, nothing judged. */
@Component
public class ReportBuilder {

    public static final int MAX_DAYS = 366;
    /** Safety's note on the first dose in a journal ("start low, go slow"), as its findings name it. */
    static final String FIRST_DOSE_RULE = "guardrail-first-use";

    private final Snapshots snapshots;
    private final Charts charts;
    private final Clock clock;

    ReportBuilder(Snapshots snapshots, Charts charts) {
        this.snapshots = snapshots;
        this.charts = charts;
        this.clock = Clock.systemUTC();
    }

    public Report build(UUID userId, ReportRequest request) {
        Snapshot snapshot = snapshots.read(userId, request.from(), request.to());
        Set<Section> sections = request.sections();
        List<DayRow> days = days(snapshot);
        List<PegRow> pegs = snapshot.checkIns().stream().filter(c -> c.peg() != null)
                .map(c -> new PegRow(snapshot.day(c.takenAt()), c.pain(), c.enjoyment(), c.activity(), c.peg()))
                .toList();
        Taper taper = snapshot.taper().orElse(null);
        List<FindingRow> findings = findings(snapshot);
        return new Report(request.withName() ? snapshot.username() : null, request.from(), request.to(), clock.instant(), snapshot.zone().getId(),
                sections, summary(snapshot, days, pegs, findings), days, pegs, products(snapshot), findings,
                snapshot.profile(), taper, taperDays(taper, days), notes(snapshot),
                sections.contains(Section.PAIN) ? charts.pain(days, pegs) : null,
                sections.contains(Section.DOSES) ? charts.doses(days) : null);
    }

    private static List<DayRow> days(Snapshot snapshot) {
        Map<LocalDate, List<CheckIn>> ratings = snapshot.checkIns().stream().filter(c -> c.peg() == null)
                .collect(Collectors.groupingBy(c -> snapshot.day(c.takenAt())));
        Map<LocalDate, List<Dose>> doses = snapshot.doses().stream()
                .collect(Collectors.groupingBy(d -> snapshot.day(d.takenAt())));
        List<DayRow> rows = new ArrayList<>();
        for (LocalDate day = snapshot.from(); !day.isAfter(snapshot.to()); day = day.plusDays(1)) {
            List<CheckIn> dayRatings = ratings.getOrDefault(day, List.of());
            List<Dose> dayDoses = doses.getOrDefault(day, List.of());
            IntSummaryStatistics pain = dayRatings.stream().mapToInt(CheckIn::pain).summaryStatistics();
            boolean rated = pain.getCount() > 0;
            rows.add(new DayRow(day, dayRatings.size(), rated ? oneDecimal(pain.getAverage()) : null,
                    rated ? pain.getMin() : null, rated ? pain.getMax() : null, dayDoses.size(),
                    dayDoses.stream().mapToLong(Dose::materialMg).sum(), mitragynine(dayDoses),
                    dayDoses.stream().map(d -> cell(snapshot, d)).toList()));
        }
        return rows;
    }

    private static DoseCell cell(Snapshot snapshot, Dose dose) {
        return new DoseCell(dose.takenAt().atZone(snapshot.zone()).toLocalTime().withSecond(0).withNano(0),
                dose.amount(), dose.unit().symbol(), dose.form().name().toLowerCase(Locale.ROOT),
                snapshot.product(dose).map(Product::name).orElse(null), dose.approximate());
    }

    /** The day's mitragynine in mg, only when every dose of the day has a known figure: never a partial sum. */
    private static Double mitragynine(List<Dose> doses) {
        if (doses.isEmpty() || doses.stream().anyMatch(d -> d.mitragynineMg() == null)) {
            return null;
        }
        return oneDecimal(doses.stream().mapToDouble(Dose::mitragynineMg).sum());
    }

    /**
     * The findings, one per rule and subject as safety keeps them, strongest first (the order safety lists
     * them in). The first-dose note is left out: the summary gives the first dose ever logged with its
     * date, which a report starting after it would otherwise leave a clinician to guess.
     */
    private static List<FindingRow> findings(Snapshot snapshot) {
        return snapshot.findings().stream().filter(f -> !FIRST_DOSE_RULE.equals(f.finding().ruleId()))
                .map(f -> new FindingRow(f, f.count(), snapshot.day(f.firstSeenAt()), snapshot.day(f.lastSeenAt())))
                .toList();
    }

    private static Summary summary(Snapshot snapshot, List<DayRow> days, List<PegRow> pegs, List<FindingRow> findings) {
        IntSummaryStatistics pain = snapshot.checkIns().stream().filter(c -> c.peg() == null)
                .mapToInt(CheckIn::pain).summaryStatistics();
        boolean rated = pain.getCount() > 0;
        List<DayRow> used = days.stream().filter(d -> d.doses() > 0).toList();
        List<Double> knownMitragynine = used.stream().map(DayRow::mitragynineMg).filter(Objects::nonNull).toList();
        Map<Severity, Long> bySeverity = findings.stream()
                .collect(Collectors.groupingBy(f -> f.latest().finding().severity(), Collectors.counting()));
        return new Summary((int) pain.getCount(), rated ? oneDecimal(pain.getAverage()) : null,
                rated ? pain.getMin() : null, rated ? pain.getMax() : null, pegs.size(),
                pegs.isEmpty() ? null : pegs.get(0).peg(), pegs.isEmpty() ? null : pegs.get(pegs.size() - 1).peg(),
                snapshot.doses().size(), used.size(),
                used.isEmpty() ? null : Math.round(used.stream().mapToLong(DayRow::materialMg).average().orElse(0)),
                used.isEmpty() ? null : used.stream().mapToLong(DayRow::materialMg).max().orElse(0),
                knownMitragynine.size() == used.size() && !used.isEmpty()
                        ? oneDecimal(knownMitragynine.stream().mapToDouble(Double::doubleValue).average().orElse(0))
                        : null,
                (int) snapshot.doses().stream().filter(Dose::approximate).count(),
                bySeverity.getOrDefault(Severity.AVOID, 0L), bySeverity.getOrDefault(Severity.CAUTION, 0L),
                bySeverity.getOrDefault(Severity.MONITOR, 0L),
                snapshot.firstDose().map(first -> snapshot.day(first.takenAt())).orElse(null),
                snapshot.firstDose().map(Intake::materialMg).orElse(null));
    }

    private static List<ProductRow> products(Snapshot snapshot) {
        Map<UUID, List<Dose>> byProduct = new LinkedHashMap<>();
        snapshot.doses().stream().filter(d -> d.productId() != null)
                .forEach(d -> byProduct.computeIfAbsent(d.productId(), id -> new ArrayList<>()).add(d));
        return byProduct.entrySet().stream()
                .filter(e -> snapshot.products().containsKey(e.getKey()))
                .map(e -> row(snapshot, snapshot.products().get(e.getKey()), e.getValue()))
                .sorted((a, b) -> Long.compare(b.materialMg(), a.materialMg())).toList();
    }

    private static ProductRow row(Snapshot snapshot, Product product, Collection<Dose> doses) {
        Map<UUID, Long> perBatch = doses.stream().filter(d -> d.batchId() != null && snapshot.batches().containsKey(d.batchId()))
                .collect(Collectors.groupingBy(Dose::batchId, Collectors.counting()));
        List<BatchRow> batches = perBatch.entrySet().stream()
                .sorted(Map.Entry.<UUID, Long>comparingByValue().reversed())
                .map(e -> batchRow(snapshot.batches().get(e.getKey()), e.getValue().intValue(),
                        snapshot.recalls().get(e.getKey())))
                .toList();
        String status = batches.stream().map(b -> QualityStatus.valueOf(b.status())).reduce(QualityStatus::worse)
                .map(QualityStatus::name).orElse(null);
        return new ProductRow(product.name(), product.vendor(), product.form().name().toLowerCase(Locale.ROOT),
                product.strain(), product.vein() == null ? null : product.vein().name().toLowerCase(Locale.ROOT),
                doses.size(), doses.stream().mapToLong(Dose::materialMg).sum(), status, batches);
    }

    private static BatchRow batchRow(Batch batch, int doses, Recall recall) {
        return new BatchRow(batch.batchCode(), doses, batch.evaluation().status().name(),
                recall == null ? null : recall.recalledOn(), recall == null ? null : recall.reason());
    }

    private static List<TaperRow> taperDays(Taper taper, List<DayRow> days) {
        if (taper == null) {
            return List.of();
        }
        List<TaperRow> rows = new ArrayList<>();
        for (DayRow day : days) {
            taper.schedule().stream().filter(step -> step.covers(day.date())).findFirst()
                    .ifPresent(step -> rows.add(taperRow(day, step)));
        }
        return rows;
    }

    private static TaperRow taperRow(DayRow day, TaperStep step) {
        return new TaperRow(day.date(), step.number(), step.targetMg(), day.materialMg(),
                day.materialMg() - step.targetMg());
    }

    private static List<Note> notes(Snapshot snapshot) {
        List<Note> notes = new ArrayList<>();
        snapshot.checkIns().stream().filter(c -> c.note() != null && !c.note().isBlank())
                .forEach(c -> notes.add(new Note(c.takenAt(), "checkin", c.note())));
        snapshot.doses().stream().filter(d -> d.note() != null && !d.note().isBlank())
                .forEach(d -> notes.add(new Note(d.takenAt(), "dose", d.note())));
        // A journal note in the person's words as one line: its title, mood word, tags and text.
        snapshot.notes().forEach(n -> notes.add(new Note(n.takenAt(), "note", Stream.of(n.title(), n.mood(),
                n.tags().isEmpty() ? null : String.join(", ", n.tags()), n.text()).filter(Objects::nonNull)
                .collect(Collectors.joining(" · ")))));
        notes.sort((a, b) -> a.at().compareTo(b.at()));
        return notes;
    }

    static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
