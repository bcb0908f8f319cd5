package app.mitra.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import app.mitra.common.Ids;
import app.mitra.journal.DoseInput;
import app.mitra.journal.Intake;
import app.mitra.journal.Method;
import app.mitra.journal.Unit;
import app.mitra.journal.internal.DoseNormaliser.Normalised;
import app.mitra.products.Form;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestDatabase;

@OnBothDatabases
class RecordedHistoryIT {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Parameter
    TestDatabase database;

    private DoseRepository doses;
    private UUID alice;
    private UUID bob;
    private final List<Intake> alicesIntakes = new ArrayList<>();
    private UUID checked;

    @BeforeEach
    void aYearOfDosesTwiceADay() {
        alice = database.person();
        bob = database.person();
        doses = new DoseRepository(database.jdbc());
        for (int hours = 0; hours < 400 * 24; hours += 12) {
            Instant at = NOW.minus(Duration.ofHours(hours));
            long mg = 1000 + hours % 7 * 100;
            UUID id = store(alice, at, mg);
            store(bob, at, mg);
            if (hours == 0) {
                checked = id;
            } else {
                alicesIntakes.add(0, new Intake(at, mg));
            }
        }
    }

    private UUID store(UUID user, Instant at, long mg) {
        UUID id = Ids.newId();
        DoseInput input = new DoseInput(null, at, Form.POWDER, mg / 1000.0, Unit.G, null, null, Method.TOSS_AND_WASH,
                null);
        doses.insert(user, id, "UTC", input, new Normalised(mg, mg, null, null, false), "hash", 1_000);
        return id;
    }

    private List<Intake> expected(Instant from, Instant to) {
        return alicesIntakes.stream().filter(i -> !i.takenAt().isBefore(from) && i.takenAt().isBefore(to)).toList();
    }

    @Test
    void narrowAndWideWindowsInAnyOrderAnswerExactlyWhatTheJournalHolds() {
        RecordedHistory history = new RecordedHistory(alice, checked, ZoneOffset.UTC, doses,
                new SubstanceRepository(database.jdbc()));
        Instant dayStart = NOW.minus(Duration.ofHours(12));
        List<Instant[]> windows = List.of(
                new Instant[] {dayStart, NOW.plus(Duration.ofHours(12))},
                new Instant[] {NOW.minus(Duration.ofDays(14)), NOW},
                new Instant[] {NOW.minus(Duration.ofDays(366)), NOW},
                new Instant[] {NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2))},
                new Instant[] {NOW.minus(Duration.ofDays(399)), NOW.minus(Duration.ofDays(380))},
                new Instant[] {NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))});
        for (Instant[] window : windows) {
            assertThat(history.intakes(window[0], window[1])).as("%s to %s", window[0], window[1])
                    .containsExactlyElementsOf(expected(window[0], window[1]));
        }
    }

    @Test
    void theDoseBeingCheckedAndOtherPeoplesDosesAreNeverPartOfTheHistory() {
        RecordedHistory history = new RecordedHistory(alice, checked, ZoneOffset.UTC, doses,
                new SubstanceRepository(database.jdbc()));
        List<Intake> all = history.intakes(NOW.minus(Duration.ofDays(500)), NOW.plus(Duration.ofDays(1)));
        assertThat(all).hasSize(alicesIntakes.size()).doesNotContain(new Intake(NOW, 1000));
        assertThat(history.anyOtherDose()).isTrue();
    }
}
