package app.mitra.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one person's journal shows over a range of days, exactly as {@code GET /api/v1/insights}
 * answers it. Every estimate carries its n and a 95% interval ({@code ciLow}, {@code ciHigh}) and the
 * method that made it, or {@code insufficient: true} with nulls. Relief is pain just before a dose
 * minus the lowest pain 45 to 240 minutes after it.
 */
public record InsightsReport(LocalDate from, LocalDate to, String timeZone, ReliefPerDose reliefPerDose,
        List<GroupRelief> byProduct, List<GroupRelief> byStrain, List<GroupRelief> byForm,
        List<Difference> differences, DoseResponse doseResponse, Tolerance tolerance, List<Day> daily,
        List<Week> weeklyPeg, List<Correlation> correlations) {

    /** Doses with a check-in before and after ({@code n}), those without ({@code unpaired}), the mean relief. */
    public record ReliefPerDose(int n, int unpaired, Double meanRelief, Double ciLow, Double ciHigh,
            boolean insufficient, String method, Integer medianMinutesToLowest) {
    }

    /** Mean relief of one product, strain or form; {@code productId} only for products. */
    public record GroupRelief(@JsonInclude(JsonInclude.Include.NON_NULL) UUID productId, String name, int n,
            Double meanRelief, Double ciLow, Double ciHigh, boolean insufficient, String method) {
    }

    /**
     * How much more relief {@code higher} went with than {@code lower} (within one grouping: product,
     * strain or form). {@code called} only when the interval of the difference leaves out 0.
     */
    public record Difference(String grouping, String higher, String lower, double difference, double ciLow,
            double ciHigh, boolean called, String method) {
    }

    /**
     * Relief by amount: {@code basis} is {@code mitragynineMg} when every dose in the range has it,
     * otherwise {@code materialMg}, never a mix. The trend is relief points per {@code perMg} mg.
     */
    public record DoseResponse(String basis, List<Bin> bins, Trend trend) {
    }

    public record Bin(double from, double to, int n, Double meanRelief, Double ciLow, Double ciHigh,
            boolean insufficient) {
    }

    public record Trend(String method, int perMg, int n, Double slope, Double ciLow, Double ciHigh,
            boolean insufficient) {
    }

    /**
     * Relief per {@code perMg} mg of the dose-response basis in 30-day windows, and its slope per 30 days;
     * with the escalation of daily totals. {@code signal} when relief per amount falls (interval below 0)
     * or daily totals rise (interval above 0, by at least a fifth over the range).
     */
    public record Tolerance(boolean signal, Double slope, Double ciLow, Double ciHigh, int n, boolean insufficient,
            String method, String basis, int perMg, List<Window> windows, Escalation escalation) {
    }

    public record Window(LocalDate from, LocalDate to, int n, Double reliefPerAmount) {
    }

    /** The trend of daily totals (mg of material, days with use), in mg per 30 days. */
    public record Escalation(boolean rising, Double slopeMgPer30Days, Double ciLow, Double ciHigh, int n,
            boolean insufficient, String method) {
    }

    /** One day in the person's zone: momentary pain ratings, doses and the other scales' means. */
    public record Day(LocalDate date, Double painMean, Integer painMin, Integer painMax, int checkIns, int doses,
            long materialMg, Double mitragynineMg, Double mood, Double energy, Double sleepQuality, Double anxiety) {
    }

    /** The mean PEG score of a week (Monday to Sunday) and how many PEG check-ins it had. */
    public record Week(LocalDate weekOf, double peg, int n) {
    }

    /** Spearman's rho between a day's total and the next day's mean {@code measure}. */
    public record Correlation(String measure, int n, Double rho, Double ciLow, Double ciHigh, boolean insufficient,
            String method) {
    }
}
