package app.mitra.reports.internal.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import app.mitra.journal.Method;
import app.mitra.journal.PainType;
import app.mitra.journal.SideEffect;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;
import app.mitra.journal.Unit;
import app.mitra.journal.WithdrawalSymptom;
import app.mitra.products.Detection;
import app.mitra.products.Form;
import app.mitra.products.Vein;
import app.mitra.safety.TaperPause;

/**
 * Everything a person keeps in Mitra, in a schema of its own (version {@value #VERSION}) so the
 * file stays readable when the modules' records change. Figures Mitra computes (a dose's
 * milligrams, a PEG mean) are written for people who read the file and recomputed on import. A new
 * kind is one more list here and one line in {@link Kind}; a file without it (an older export) reads as empty.
 */
public record MitraExport(String schema, Integer schemaVersion, Instant exportedAt, Profile profile,
        List<Product> products, List<Batch> batches, List<Recall> recalls, List<CheckIn> checkIns, List<Dose> doses,
        List<Substance> substances, List<Withdrawal> withdrawals, List<Note> notes, Taper taper,
        List<Acknowledged> acknowledged) {

    public static final String SCHEMA = "mitra-export";
    public static final int VERSION = 1;

    public MitraExport {
        products = products == null ? List.of() : products;
        batches = batches == null ? List.of() : batches;
        recalls = recalls == null ? List.of() : recalls;
        checkIns = checkIns == null ? List.of() : checkIns;
        doses = doses == null ? List.of() : doses;
        substances = substances == null ? List.of() : substances;
        withdrawals = withdrawals == null ? List.of() : withdrawals;
        // Files from before journal notes have none; they import as they did.
        notes = notes == null ? List.of() : notes;
        acknowledged = acknowledged == null ? List.of() : acknowledged;
    }

    public record Profile(String timeZone, Integer age, List<String> conditions, List<String> medications,
            List<String> substances, String jurisdiction, Integer dailyLimitMg, Integer maxDosesPerDay) {
    }

    public record Product(UUID id, String name, String vendor, String strain, Vein vein, Form form, Integer capsuleMg,
            Double extractRatio, Double alkaloidMgPerUnit, Boolean archived, Instant createdAt, Instant updatedAt) {
    }

    /**
     * A batch of a product with its certificate of analysis flattened into columns (one CSV cell per
     * figure); {@code certificate} says whether there is one, since a certificate may state no figure.
     */
    public record Batch(UUID id, UUID productId, String batchCode, LocalDate purchasedOn, Boolean certificate,
            String coaLab, LocalDate coaTestedOn, String coaBatchCode, Double mitragyninePercent, Double sevenOhPercent,
            Double totalAlkaloidsPercent, Double leadUgPerG, Double arsenicUgPerG, Double cadmiumUgPerG,
            Double mercuryUgPerG, Detection salmonella, Detection eColi, Double totalAerobicCfuPerG,
            Double yeastMoldCfuPerG, Instant createdAt, Instant updatedAt) {
    }

    /** A line of a recall list the person imported; an empty batch code recalls every batch. */
    public record Recall(UUID id, String vendor, String product, String batchCode, String reason, String source,
            LocalDate recalledOn) {
    }

    public record CheckIn(UUID id, Instant takenAt, String timeZone, Integer pain, Double peg, List<PainType> painTypes,
            List<String> bodySites, Integer enjoyment, Integer activity, Integer mood, Integer anxiety, Integer energy,
            Integer sleepQuality, List<SideEffect> sideEffects, String note, Instant createdAt, Instant updatedAt) {
    }

    public record Dose(UUID id, Instant takenAt, String timeZone, Form form, Double amount, Unit unit, Method method,
            UUID productId, UUID batchId, String note, Long materialMg, Long leafEquivalentMg, Double mitragynineMg,
            Double sevenOhMg, Boolean approximate, Instant createdAt, Instant updatedAt) {
    }

    public record Substance(UUID id, Instant takenAt, String timeZone, SubstanceKind kind, String name, Double amount,
            SubstanceUnit unit, String note, Instant createdAt, Instant updatedAt) {
    }

    public record Withdrawal(UUID id, Instant takenAt, String timeZone, List<WithdrawalSymptom> symptoms, Integer total,
            String note, Instant createdAt, Instant updatedAt) {
    }

    public record Note(UUID id, Instant takenAt, String timeZone, String title, String text, String mood,
            List<String> tags, Instant createdAt, Instant updatedAt) {
    }

    public record Taper(Integer startMg, Integer reductionMg, Double reductionPercent, Integer stepDays,
            LocalDate startDate, Integer endMg, List<TaperPause> pauses) {
    }

    /** A finding the person acknowledged, by rule and the line of theirs it matched, so it stays acknowledged. */
    public record Acknowledged(String origin, String ruleId, String input) {
    }
}
