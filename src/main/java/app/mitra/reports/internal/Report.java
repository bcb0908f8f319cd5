package app.mitra.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import app.mitra.safety.HealthProfile;
import app.mitra.safety.StoredFinding;
import app.mitra.safety.Taper;

/**
 * The clinician report's content for a range of days, computed once and laid out twice: into the PDF
 * and into the page a share link opens. Figures only, no words: the templates hold the words.
 * {@code patientName} is null unless the person chose to show their name.
 */
public record Report(String patientName, LocalDate from, LocalDate to, Instant generatedAt, String zone,
        Set<Section> sections, Summary summary, List<DayRow> days, List<PegRow> pegs, List<ProductRow> products,
        List<FindingRow> findings, HealthProfile profile, Taper taper, List<TaperRow> taperDays,
        List<Note> notes, String painChart, String doseChart) {

    public boolean has(String section) {
        return sections.contains(Section.valueOf(section.toUpperCase(java.util.Locale.ROOT)));
    }

    public java.time.ZonedDateTime local(Instant at) {
        return at.atZone(java.time.ZoneId.of(zone));
    }

    /** Whether any day has a mitragynine figure: without certificates or labels the column stays out. */
    public boolean anyMitragynine() {
        return days.stream().anyMatch(d -> d.mitragynineMg() != null);
    }

    public long dayCount() {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whether the journal's first dose was logged before the days this report covers. */
    public boolean firstDoseBeforeRange() {
        return summary.firstDose() != null && summary.firstDose().isBefore(from);
    }

    /**
     * Page one at a glance. Means are over the days or ratings they name; a null figure means there was
     * nothing to compute it from. {@code firstDose} is the day the first dose ever logged was taken (in
     * or before the range), with its mass: how long the journal has recorded use.
     */
    public record Summary(int ratings, Double painMean, Integer painMin, Integer painMax, int pegCount,
            Double firstPeg, Double lastPeg, int doses, int daysWithDoses, Long meanDailyMg, Long maxDailyMg,
            Double meanDailyMitragynineMg, int approximateDoses, long avoidFindings, long cautionFindings,
            long monitorFindings, LocalDate firstDose, Long firstDoseMg) {

        public Double pegChange() {
            return firstPeg == null || lastPeg == null || pegCount < 2 ? null
                    : Math.round((lastPeg - firstPeg) * 10) / 10.0;
        }
    }

    /** One day: pain ratings (NRS) and doses with their totals. */
    public record DayRow(LocalDate date, int ratings, Double painMean, Integer painMin, Integer painMax, int doses,
            long materialMg, Double mitragynineMg, List<DoseCell> doseList) {
    }

    /** One dose as the day's row lists it: local time, amount as entered, form, and the product if any. */
    public record DoseCell(java.time.LocalTime time, double amount, String unit, String form, String product,
            boolean approximate) {

        public String amountText() {
            return java.math.BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
        }
    }

    public record PegRow(LocalDate date, int pain, int enjoyment, int activity, double peg) {
    }

    /**
     * A product dosed in the range. {@code coaStatus} is the worst certificate evaluation of its batches
     * taken in the range (FAIL, WARN, STALE, UNVERIFIED, PASS), null ("not recorded") when no dose named a
     * batch; {@code batches} are those batches, most doses first.
     */
    public record ProductRow(String name, String vendor, String form, String strain, String vein, int doses,
            long materialMg, String coaStatus, List<BatchRow> batches) {
    }

    /** A batch dosed in the range: its certificate's evaluation today, and the recall naming it, if any. */
    public record BatchRow(String batchCode, int doses, String status, LocalDate recalledOn, String recallReason) {
    }

    /**
     * One rule's finding for one entry of the person, however often it was raised: dose guardrails raise
     * the same finding on many doses, and a clinician needs it once, with how often and when.
     */
    public record FindingRow(StoredFinding latest, int times, LocalDate first, LocalDate last) {
    }

    public record TaperRow(LocalDate date, int step, int targetMg, long loggedMg, long differenceMg) {
    }

    public record Note(Instant at, String kind, String text) {
    }
}
