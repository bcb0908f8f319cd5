package app.mitra.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.mitra.common.web.FieldProblem;
import app.mitra.common.web.InvalidInputException;

class WithdrawalInputTest {

    private static final Instant MORNING = Instant.parse("2026-03-01T08:30:00Z");

    private static List<String> refused(List<WithdrawalSymptom> symptoms) {
        try {
            new WithdrawalInput(null, MORNING, symptoms, null);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
        return List.of();
    }

    @Test
    void theTotalIsTheSumOfTheScores() {
        WithdrawalInput input = new WithdrawalInput(null, MORNING, List.of(new WithdrawalSymptom(" aches ", 3),
                new WithdrawalSymptom("sweats", 0), new WithdrawalSymptom("can't sleep", 4)), "  ");
        assertThat(input.total()).isEqualTo(7);
        assertThat(input.symptoms().get(0).symptom()).isEqualTo("aches");
        assertThat(input.note()).isNull();
    }

    @Test
    void scoresRunFromZeroToFour() {
        assertThat(refused(List.of(new WithdrawalSymptom("aches", 5)))).containsExactly("symptoms[0].score");
        assertThat(refused(List.of(new WithdrawalSymptom("aches", -1)))).containsExactly("symptoms[0].score");
        assertThat(refused(List.of(new WithdrawalSymptom("aches", null)))).containsExactly("symptoms[0].score");
        assertThat(refused(List.of(new WithdrawalSymptom("aches", 0), new WithdrawalSymptom("yawns", 4)))).isEmpty();
    }

    @Test
    void everySymptomHasAName() {
        assertThat(refused(List.of(new WithdrawalSymptom(" ", 2)))).containsExactly("symptoms[0].symptom");
    }

    @Test
    void aCheckInNamesAtLeastOneSymptomEachOnlyOnce() {
        assertThat(refused(List.of())).containsExactly("symptoms");
        assertThat(refused(List.of(new WithdrawalSymptom("Aches", 1), new WithdrawalSymptom("aches", 2))))
                .containsExactly("symptoms");
    }

    @Test
    void atMostThirtySymptoms() {
        List<WithdrawalSymptom> many = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            many.add(new WithdrawalSymptom("symptom " + i, 1));
        }
        assertThat(refused(many)).containsExactly("symptoms");
    }
}
