package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.mitra.safety.internal.UsePattern.DayUse;
import app.mitra.safety.internal.UsePattern.WithdrawalTotal;

/** Each dependence policy at, just below and just above its threshold. */
class DependencePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** {@code days} days of use ending {@code endsDaysAgo} before today, each with these doses and mg. */
    private static Map<LocalDate, DayUse> use(Map<LocalDate, DayUse> into, int days, int endsDaysAgo, int doses, long mg) {
        for (int i = 0; i < days; i++) {
            into.put(TODAY.minusDays(endsDaysAgo + i), new DayUse(doses, mg));
        }
        return into;
    }

    private static UsePattern pattern(Map<LocalDate, DayUse> days) {
        return new UsePattern(TODAY, days, List.of());
    }

    private static Optional<Map<String, String>> daysUsed(int days) {
        return DependencePolicy.DAYS_USED.observe(pattern(use(new HashMap<>(), days, 0, 1, 2000)),
                Map.of("windowDays", 28.0, "minDaysUsed", 21.0));
    }

    @Test
    void useOnTwentyOneOfTwentyEightDaysIsASignalAndTwentyIsNot() {
        assertThat(daysUsed(21)).contains(Map.of("days", "21", "window", "28"));
        assertThat(daysUsed(20)).isEmpty();
    }

    @Test
    void daysOutsideTheWindowDoNotCount() {
        Map<LocalDate, DayUse> days = use(new HashMap<>(), 20, 0, 1, 2000);
        use(days, 5, 28, 1, 2000);
        assertThat(DependencePolicy.DAYS_USED.observe(pattern(days), Map.of("windowDays", 28.0, "minDaysUsed", 21.0)))
                .isEmpty();
    }

    private static Optional<Map<String, String>> dosesPerDay(int daysUsed, int doses) {
        return DependencePolicy.DOSES_PER_DAY.observe(pattern(use(new HashMap<>(), daysUsed, 0, doses, 1000)),
                Map.of("windowDays", 14.0, "minDaysUsed", 7.0, "minDosesPerDay", 3.0));
    }

    @Test
    void threeDosesADayIsASignalAndTwoIsNot() {
        assertThat(dosesPerDay(10, 3)).contains(Map.of("mean", "3.0", "days", "10", "window", "14"));
        assertThat(dosesPerDay(10, 2)).isEmpty();
    }

    @Test
    void dosesPerDayNeedEnoughDaysOfUseToSayAnything() {
        assertThat(dosesPerDay(6, 5)).isEmpty();
        assertThat(dosesPerDay(7, 5)).isPresent();
    }

    @Test
    void theMeanCountsOnlyDaysOfUse() {
        Map<LocalDate, DayUse> days = use(new HashMap<>(), 4, 0, 4, 1000);
        use(days, 4, 4, 2, 1000);
        Optional<Map<String, String>> seen = DependencePolicy.DOSES_PER_DAY.observe(pattern(days),
                Map.of("windowDays", 14.0, "minDaysUsed", 7.0, "minDosesPerDay", 3.0));
        assertThat(seen).map(values -> values.get("mean")).contains("3.0");
    }

    private static final Map<String, Double> RISE = Map.of("windowDays", 14.0, "minDaysUsed", 7.0,
            "minRiseFraction", 0.25);

    private static Optional<Map<String, String>> amountRise(long beforeMg, long recentMg) {
        Map<LocalDate, DayUse> days = use(new HashMap<>(), 14, 0, 2, recentMg);
        use(days, 14, 14, 2, beforeMg);
        return DependencePolicy.DAILY_AMOUNT_RISING.observe(pattern(days), RISE);
    }

    @Test
    void aDailyAmountUpByAQuarterIsEscalationAndLessIsNot() {
        assertThat(amountRise(4000, 5000)).contains(Map.of("recent", "5,000", "before", "4,000", "percent", "25",
                "window", "14"));
        assertThat(amountRise(4000, 4999)).isEmpty();
        assertThat(amountRise(4000, 3000)).isEmpty();
    }

    @Test
    void aRiseNeedsEnoughDaysOfUseInBothWindows() {
        Map<LocalDate, DayUse> days = use(new HashMap<>(), 14, 0, 2, 9000);
        use(days, 6, 14, 2, 1000);
        assertThat(DependencePolicy.DAILY_AMOUNT_RISING.observe(pattern(days), RISE)).isEmpty();
    }

    @Test
    void dosesPerDayRisingFromTwoToThreeIsEscalation() {
        Map<LocalDate, DayUse> days = use(new HashMap<>(), 14, 0, 3, 1000);
        use(days, 14, 14, 2, 1000);
        assertThat(DependencePolicy.DOSES_PER_DAY_RISING.observe(pattern(days), RISE))
                .contains(Map.of("recent", "3.0", "before", "2.0", "percent", "50", "window", "14"));
    }

    private static Optional<Map<String, String>> withdrawal(List<WithdrawalTotal> totals) {
        return DependencePolicy.WITHDRAWAL_RISING.observe(new UsePattern(TODAY, Map.of(), totals),
                Map.of("windowDays", 14.0, "minRisePoints", 3.0));
    }

    @Test
    void withdrawalTotalsRisingByThreePointsIsASignalAndByTwoIsNot() {
        WithdrawalTotal before = new WithdrawalTotal(TODAY.minusDays(20), 4);
        assertThat(withdrawal(List.of(before, new WithdrawalTotal(TODAY.minusDays(1), 7))))
                .contains(Map.of("recent", "7.0", "before", "4.0", "window", "14"));
        assertThat(withdrawal(List.of(before, new WithdrawalTotal(TODAY.minusDays(1), 6)))).isEmpty();
    }

    @Test
    void withdrawalNeedsACheckInInBothWindows() {
        assertThat(withdrawal(List.of(new WithdrawalTotal(TODAY, 20)))).isEmpty();
    }

    @Test
    void theWindowsMeetAtTheFourteenthDay() {
        // Day 13 before today is the recent window's first day; day 14 is the earlier window's last.
        assertThat(withdrawal(List.of(new WithdrawalTotal(TODAY.minusDays(14), 1),
                new WithdrawalTotal(TODAY.minusDays(13), 4)))).isPresent();
    }
}
