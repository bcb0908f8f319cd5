package app.mitra.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.mitra.journal.CheckInFigures;
import app.mitra.journal.DoseFigures;
import app.mitra.products.Form;

/** Which ratings a dose is paired with, exactly as the issue defines relief. */
class PairingTest {

    private static final long MIN = 60_000;
    private static final long DOSE = 1_000_000 * MIN;

    private static CheckInFigures pain(long minutesFromDose, int pain) {
        return new CheckInFigures(DOSE + minutesFromDose * MIN, pain, null, null, null, null, null);
    }

    private static Pairing pair(CheckInFigures... checkIns) {
        return Pairing.of(List.of(checkIns), List.of(new DoseFigures(DOSE, null, Form.POWDER, 2000, null)));
    }

    @Test
    void theLatestRatingBeforeAndTheLowestAfterGiveTheReliefAndTheTimeToReachIt() {
        Pairing pairing = pair(pain(-80, 9), pain(-20, 7), pain(50, 5), pain(120, 3), pain(200, 3), pain(239, 4));
        assertThat(pairing.unpaired()).isZero();
        assertThat(pairing.paired()).singleElement().satisfies(p -> {
            assertThat(p.before()).isEqualTo(7);
            assertThat(p.lowestAfter()).isEqualTo(3);
            assertThat(p.relief()).isEqualTo(4);
            assertThat(p.minutesToLowest()).isEqualTo(120);
        });
    }

    @Test
    void ratingsOutsideTheWindowsLeaveTheDoseUnpaired() {
        assertThat(pair(pain(-91, 7), pain(90, 3)).unpaired()).isEqualTo(1);
        assertThat(pair(pain(-30, 7), pain(44, 3), pain(241, 3)).unpaired()).isEqualTo(1);
        assertThat(pair(pain(-90, 7), pain(45, 3)).paired()).hasSize(1);
        assertThat(pair(pain(0, 7), pain(240, 3)).paired()).hasSize(1);
    }

    @Test
    void aWeeklyPegCheckInIsNeverPaired() {
        CheckInFigures peg = new CheckInFigures(DOSE - 10 * MIN, 7, 6.3, null, null, null, null);
        assertThat(pair(peg, pain(90, 3)).unpaired()).isEqualTo(1);
    }
}
