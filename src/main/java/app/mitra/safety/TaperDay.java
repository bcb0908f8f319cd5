package app.mitra.safety;

import java.time.LocalDate;

/**
 * One day of a taper: its step and target, what the journal shows taken that day (mg of material),
 * and the difference in mg (logged minus target), stated as a number and not judged.
 */
public record TaperDay(LocalDate date, int step, int targetMg, long loggedMg, long differenceMg,
        Comparison comparison) {

    public enum Comparison { UNDER, AT, OVER }

    public static TaperDay of(LocalDate date, TaperStep step, long loggedMg) {
        long difference = loggedMg - step.targetMg();
        Comparison comparison = difference < 0 ? Comparison.UNDER : difference == 0 ? Comparison.AT : Comparison.OVER;
        return new TaperDay(date, step.number(), step.targetMg(), loggedMg, difference, comparison);
    }

    /** The size of the difference, for sentences that say "400 mg under". */
    public long distanceMg() {
        return Math.abs(differenceMg);
    }
}
