package app.mitra.safety.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.mitra.safety.TaperPause;
import app.mitra.safety.TaperPlan;
import app.mitra.safety.TaperStep;

/**
 * The arithmetic of a taper, and nothing else: targets in whole milligrams, rounded half up, never
 * below the end amount, the last step at the end amount.
 */
public final class TaperArithmetic {

    /** More steps than this is a plan nobody follows; the form says how to shorten it. */
    public static final int MAX_STEPS = 500;

    private TaperArithmetic() {
    }

    /**
     * The daily targets, step by step. A percentage is taken off the previous step's amount, so the
     * steps shrink as the amount does; computed from the start amount, so rounding never drifts. Once
     * a percentage step would round to no change, each step takes 1 mg, so the plan always ends.
     */
    public static List<Integer> targets(TaperPlan plan) {
        return targets(plan.startMg(), plan.reductionMg(), plan.reductionPercent(), plan.endMg());
    }

    /** As {@link #targets(TaperPlan)}, from the plan's parts, so the plan can check itself while it is made. */
    public static List<Integer> targets(int startMg, Integer reductionMg, Double reductionPercent, int endMg) {
        List<Integer> targets = new ArrayList<>();
        int previous = startMg;
        targets.add(previous);
        for (int step = 1; previous > endMg && targets.size() <= MAX_STEPS; step++) {
            long next = reductionPercent != null
                    ? Math.round(startMg * Math.pow(1 - reductionPercent / 100.0, step))
                    : (long) startMg - (long) step * reductionMg;
            next = Math.min(next, previous - 1L);
            previous = (int) Math.max(endMg, next);
            targets.add(previous);
        }
        return targets;
    }

    /** The steps as dates: each lasts {@code stepDays}, and a pause lengthens the step it began in. */
    public static List<TaperStep> schedule(TaperPlan plan, List<TaperPause> pauses, LocalDate today) {
        List<TaperPause> waiting = new ArrayList<>(pauses);
        waiting.sort(Comparator.comparing(TaperPause::from));
        List<TaperStep> steps = new ArrayList<>();
        LocalDate from = plan.startDate();
        List<Integer> targets = targets(plan);
        for (int i = 0; i < targets.size(); i++) {
            LocalDate to = from.plusDays(plan.stepDays() - 1L);
            // A pause that began on or before this step's (growing) last day belongs to this step.
            while (!waiting.isEmpty() && !waiting.get(0).from().isAfter(to)) {
                to = to.plusDays(waiting.remove(0).days(today));
            }
            steps.add(new TaperStep(i + 1, from, to, targets.get(i)));
            from = to.plusDays(1);
        }
        return steps;
    }
}
