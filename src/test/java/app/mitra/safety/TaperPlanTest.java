package app.mitra.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import app.mitra.common.web.InvalidInputException;

class TaperPlanTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private static String[] refusedFields(Runnable make) {
        try {
            make.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> p.field()).toArray(String[]::new);
        }
        throw new AssertionError("the plan was accepted");
    }

    @Test
    void aPlanWithoutAnEndAmountEndsAtZero() {
        assertThat(new TaperPlan(4000, 500, null, 7, START, null).endMg()).isZero();
    }

    @Test
    void nothingIsFilledInForThePerson() {
        assertThat(refusedFields(() -> new TaperPlan(null, null, null, null, null, null)))
                .contains("startMg", "reductionMg", "stepDays", "startDate");
    }

    @Test
    void theReductionIsGivenInMgOrInPercentNotBoth() {
        assertThat(refusedFields(() -> new TaperPlan(4000, 500, 10.0, 7, START, null))).contains("reductionMg");
    }

    @Test
    void percentagesMustBeAboveZeroAndAtMostAHundred() {
        assertThat(refusedFields(() -> new TaperPlan(4000, null, 0.0, 7, START, null))).contains("reductionPercent");
        assertThat(refusedFields(() -> new TaperPlan(4000, null, 100.5, 7, START, null))).contains("reductionPercent");
        assertThat(new TaperPlan(4000, null, 100.0, 7, START, null).reductionPercent()).isEqualTo(100.0);
    }

    @Test
    void theEndAmountMustBeBelowTheStart() {
        assertThat(refusedFields(() -> new TaperPlan(4000, 500, null, 7, START, 4000))).contains("endMg");
        assertThat(refusedFields(() -> new TaperPlan(4000, 500, null, 7, START, -1))).contains("endMg");
    }

    @Test
    void stepsLastAtLeastOneDay() {
        assertThat(refusedFields(() -> new TaperPlan(4000, 500, null, 0, START, null))).contains("stepDays");
    }

    @Test
    void aPlanOfMoreThanFiveHundredStepsIsRefusedWithAWayToShortenIt() {
        assertThatThrownBy(() -> new TaperPlan(100_000, 1, null, 1, START, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("larger reduction");
    }
}
