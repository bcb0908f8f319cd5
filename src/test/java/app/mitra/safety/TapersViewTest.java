package app.mitra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.mitra.safety.TaperDay.Comparison;
import app.mitra.safety.internal.TaperRepository.Stored;
import app.mitra.safety.internal.UsePattern.DayUse;

/** How a plan reads on a given day: today's step and target, and the logged days against their targets. */
class TapersViewTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final TaperPlan PLAN = new TaperPlan(3000, 1000, null, 7, START, null);

    private static Taper on(LocalDate today, Map<LocalDate, DayUse> logged, TaperPause... pauses) {
        Stored stored = new Stored(UUID.randomUUID(), PLAN, List.of(pauses), Instant.EPOCH, Instant.EPOCH);
        return Tapers.view(stored, today, (first, last) -> logged);
    }

    @Test
    void todaysTargetComesFromTheStepThatCoversToday() {
        Taper taper = on(START.plusDays(8), Map.of());
        assertThat(taper.status()).isEqualTo(Taper.Status.ACTIVE);
        assertThat(taper.today().step()).isEqualTo(2);
        assertThat(taper.today().targetMg()).isEqualTo(2000);
    }

    @Test
    void loggedTotalsCompareAsUnderAtOrOverInMilligrams() {
        LocalDate today = START.plusDays(9);
        Taper taper = on(today, Map.of(today, new DayUse(2, 1600), today.minusDays(1), new DayUse(1, 2000),
                today.minusDays(2), new DayUse(3, 2600)));
        assertThat(taper.today()).isEqualTo(new TaperDay(today, 2, 2000, 1600, -400, Comparison.UNDER));
        assertThat(taper.today().distanceMg()).isEqualTo(400);
        assertThat(taper.recent().get(1).comparison()).isEqualTo(Comparison.AT);
        assertThat(taper.recent().get(2)).isEqualTo(new TaperDay(today.minusDays(2), 2, 2000, 2600, 600, Comparison.OVER));
    }

    @Test
    void aDayWithNothingLoggedCountsAsZero() {
        Taper taper = on(START.plusDays(1), Map.of());
        assertThat(taper.today().loggedMg()).isZero();
        assertThat(taper.today().comparison()).isEqualTo(Comparison.UNDER);
    }

    @Test
    void recentDaysShowOnlyDaysWithinThePlanNewestFirst() {
        Taper taper = on(START.plusDays(2), Map.of());
        assertThat(taper.recent()).extracting(TaperDay::date)
                .containsExactly(START.plusDays(2), START.plusDays(1), START);
    }

    @Test
    void beforeTheFirstDayThereIsNoTargetYet() {
        Taper taper = on(START.minusDays(1), Map.of());
        assertThat(taper.status()).isEqualTo(Taper.Status.NOT_STARTED);
        assertThat(taper.today()).isNull();
        assertThat(taper.recent()).isEmpty();
    }

    @Test
    void afterTheLastStepThePlanIsFinished() {
        Taper taper = on(START.plusDays(28), Map.of());
        assertThat(taper.status()).isEqualTo(Taper.Status.FINISHED);
        assertThat(taper.today()).isNull();
    }

    @Test
    void whilePausedTheTargetStaysAtTheStepThePauseBeganIn() {
        Taper taper = on(START.plusDays(12), Map.of(), new TaperPause(START.plusDays(5), null));
        assertThat(taper.status()).isEqualTo(Taper.Status.PAUSED);
        assertThat(taper.pausedOn()).isEqualTo(START.plusDays(5));
        assertThat(taper.today().step()).isEqualTo(1);
        assertThat(taper.today().targetMg()).isEqualTo(3000);
    }
}
