package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.mitra.safety.TaperPause;
import app.mitra.safety.TaperPlan;
import app.mitra.safety.TaperStep;

class TaperArithmeticTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static TaperPlan byMg(int start, int reduction, int days, Integer end) {
        return new TaperPlan(start, reduction, null, days, MONDAY, end);
    }

    private static TaperPlan byPercent(int start, double percent, int days, Integer end) {
        return new TaperPlan(start, null, percent, days, MONDAY, end);
    }

    @Test
    void fixedMgStepsGoDownByTheSameAmountAndEndAtZero() {
        assertThat(TaperArithmetic.targets(byMg(4000, 1000, 7, null))).containsExactly(4000, 3000, 2000, 1000, 0);
    }

    @Test
    void theLastMgStepStopsAtTheEndAmountInsteadOfGoingBelowIt() {
        assertThat(TaperArithmetic.targets(byMg(4000, 1500, 7, 500))).containsExactly(4000, 2500, 1000, 500);
    }

    @Test
    void percentStepsAreTakenOffThePreviousStepAndRoundedToWholeMilligrams() {
        List<Integer> targets = TaperArithmetic.targets(byPercent(4000, 10, 7, 2500));
        // 4000 × 0.9^n: 3600, 3240, 2916, 2624.4 → 2624, 2361.96 → floor at the end amount 2500.
        assertThat(targets).containsExactly(4000, 3600, 3240, 2916, 2624, 2500);
    }

    @Test
    void percentStepsRoundHalfUp() {
        // 1005 × 0.5 = 502.5 → 503; 1005 × 0.25 = 251.25 → 251.
        assertThat(TaperArithmetic.targets(byPercent(1005, 50, 1, 250))).startsWith(1005, 503, 251);
    }

    @Test
    void percentStepsThatWouldRoundToNoChangeTakeOneMilligramSoThePlanEnds() {
        List<Integer> targets = TaperArithmetic.targets(byPercent(10, 5, 1, null));
        assertThat(targets).containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    }

    @Test
    void aHundredPercentReductionReachesTheEndInOneStep() {
        assertThat(TaperArithmetic.targets(byPercent(3000, 100, 7, null))).containsExactly(3000, 0);
    }

    @Test
    void targetsNeverGoBelowZeroNorRise() {
        List<Integer> targets = TaperArithmetic.targets(byPercent(12345, 7.5, 3, null));
        assertThat(targets.get(targets.size() - 1)).isZero();
        for (int i = 1; i < targets.size(); i++) {
            assertThat(targets.get(i)).isLessThan(targets.get(i - 1)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void eachStepCoversItsDaysBackToBack() {
        List<TaperStep> steps = TaperArithmetic.schedule(byMg(3000, 1000, 7, null), List.of(), MONDAY);
        assertThat(steps).containsExactly(
                new TaperStep(1, MONDAY, MONDAY.plusDays(6), 3000),
                new TaperStep(2, MONDAY.plusDays(7), MONDAY.plusDays(13), 2000),
                new TaperStep(3, MONDAY.plusDays(14), MONDAY.plusDays(20), 1000),
                new TaperStep(4, MONDAY.plusDays(21), MONDAY.plusDays(27), 0));
    }

    @Test
    void aPauseLengthensTheStepItBeganInAndShiftsEveryLaterStep() {
        // Paused on day 3 of step 2, resumed 4 days later.
        TaperPause pause = new TaperPause(MONDAY.plusDays(9), MONDAY.plusDays(13));
        List<TaperStep> steps = TaperArithmetic.schedule(byMg(3000, 1000, 7, null), List.of(pause), MONDAY.plusDays(20));
        assertThat(steps.get(0)).isEqualTo(new TaperStep(1, MONDAY, MONDAY.plusDays(6), 3000));
        assertThat(steps.get(1)).isEqualTo(new TaperStep(2, MONDAY.plusDays(7), MONDAY.plusDays(17), 2000));
        assertThat(steps.get(2).from()).isEqualTo(MONDAY.plusDays(18));
        assertThat(steps.get(3).to()).isEqualTo(MONDAY.plusDays(31));
    }

    @Test
    void anOpenPauseHoldsTheStepThroughTodayAndMovesTheRestOnEachDay() {
        TaperPause open = new TaperPause(MONDAY.plusDays(5), null);
        List<TaperStep> onDay8 = TaperArithmetic.schedule(byMg(3000, 1000, 7, null), List.of(open), MONDAY.plusDays(8));
        assertThat(onDay8.get(0).to()).isEqualTo(MONDAY.plusDays(10));
        assertThat(onDay8.get(0).covers(MONDAY.plusDays(8))).isTrue();
        List<TaperStep> onDay9 = TaperArithmetic.schedule(byMg(3000, 1000, 7, null), List.of(open), MONDAY.plusDays(9));
        assertThat(onDay9.get(1).from()).isEqualTo(onDay8.get(1).from().plusDays(1));
    }

    @Test
    void aPauseAndResumeOnTheSameDayChangesNothing() {
        TaperPause none = new TaperPause(MONDAY.plusDays(3), MONDAY.plusDays(3));
        assertThat(TaperArithmetic.schedule(byMg(3000, 1000, 7, null), List.of(none), MONDAY.plusDays(10)))
                .isEqualTo(TaperArithmetic.schedule(byMg(3000, 1000, 7, null), List.of(), MONDAY.plusDays(10)));
    }

    @Test
    void aPauseBeforeThePlanStartsDelaysTheFirstStepsEnd() {
        TaperPause early = new TaperPause(MONDAY.minusDays(2), MONDAY.plusDays(1));
        List<TaperStep> steps = TaperArithmetic.schedule(byMg(3000, 1000, 7, null), List.of(early), MONDAY.plusDays(5));
        assertThat(steps.get(0).to()).isEqualTo(MONDAY.plusDays(9));
    }

    @Test
    void aChangedPlanKeepsItsPausesByDate() {
        TaperPause pause = new TaperPause(MONDAY.plusDays(2), MONDAY.plusDays(4));
        List<TaperStep> changed = TaperArithmetic.schedule(byMg(3000, 500, 5, null), List.of(pause), MONDAY.plusDays(6));
        assertThat(changed.get(0)).isEqualTo(new TaperStep(1, MONDAY, MONDAY.plusDays(6), 3000));
        assertThat(changed.get(1)).isEqualTo(new TaperStep(2, MONDAY.plusDays(7), MONDAY.plusDays(11), 2500));
        assertThat(changed).hasSize(7);
    }
}
