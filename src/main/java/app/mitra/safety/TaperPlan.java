package app.mitra.safety;

import java.time.LocalDate;

import app.mitra.common.Checks;
import app.mitra.safety.internal.TaperArithmetic;

/**
 * A taper plan as the person or their clinician sets it: the daily amount to start from (mg of
 * material), the reduction per step (a percentage of the previous step's amount, or a fixed number of
 * mg), how many days each step lasts, the first day, and the amount to end at (0 unless given).
 * Mitra suggests none of these; it only computes the schedule they imply.
 */
public record TaperPlan(Integer startMg, Integer reductionMg, Double reductionPercent, Integer stepDays,
        LocalDate startDate, Integer endMg) {

    public static final int MAX_MG = 1_000_000;
    public static final int MAX_STEP_DAYS = 365;

    public TaperPlan {
        endMg = endMg == null ? 0 : endMg;
        Checks checks = new Checks()
                .require(startMg != null && startMg >= 1 && startMg <= MAX_MG, "startMg",
                        "is required, from 1 to " + MAX_MG + " mg")
                .require((reductionMg == null) != (reductionPercent == null), "reductionMg",
                        "give the reduction per step either in mg or in percent, not both")
                .require(reductionMg == null || reductionMg >= 1, "reductionMg", "must be at least 1 mg")
                .require(reductionPercent == null || (reductionPercent > 0 && reductionPercent <= 100),
                        "reductionPercent", "must be more than 0 and at most 100")
                .require(stepDays != null && stepDays >= 1 && stepDays <= MAX_STEP_DAYS, "stepDays",
                        "is required, from 1 to " + MAX_STEP_DAYS + " days")
                .require(startDate != null, "startDate", "is required (a date like 2026-12-01)")
                .require(startDate == null || Math.abs(startDate.getYear() - LocalDate.now().getYear()) <= 10,
                        "startDate", "must be within ten years of today")
                .require(endMg >= 0 && (startMg == null || endMg < startMg), "endMg",
                        "must be at least 0 and below the starting amount");
        checks.orThrow();
        int steps = TaperArithmetic.targets(startMg, reductionMg, reductionPercent, endMg).size();
        checks.require(steps <= TaperArithmetic.MAX_STEPS, "reductionMg",
                "this plan would take more than " + TaperArithmetic.MAX_STEPS
                        + " steps; a larger reduction or a higher end amount shortens it")
                .orThrow();
    }

    public boolean byPercent() {
        return reductionPercent != null;
    }
}
