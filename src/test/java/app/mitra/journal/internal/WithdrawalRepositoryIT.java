package app.mitra.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import app.mitra.common.Ids;
import app.mitra.common.web.Cursor;
import app.mitra.common.web.ListQuery;
import app.mitra.journal.WithdrawalCheckIn;
import app.mitra.journal.WithdrawalInput;
import app.mitra.journal.WithdrawalSymptom;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.PageWalk;
import app.mitra.testing.TestDatabase;
import tools.jackson.databind.json.JsonMapper;

@OnBothDatabases
class WithdrawalRepositoryIT {

    private static final Instant MORNING = Instant.parse("2026-03-01T08:30:00Z");

    @Parameter
    TestDatabase database;

    private WithdrawalRepository withdrawals;
    private DeletedEntries deleted;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void repository() {
        alice = database.person();
        bob = database.person();
        withdrawals = new WithdrawalRepository(database.jdbc(), JsonMapper.builder().build());
        deleted = new DeletedEntries(database.jdbc(), Clock.systemUTC());
    }

    private static WithdrawalInput felt(Instant at, int... scores) {
        List<WithdrawalSymptom> symptoms = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            symptoms.add(new WithdrawalSymptom("symptom " + i, scores[i]));
        }
        return new WithdrawalInput(null, at, symptoms, null);
    }

    private UUID store(UUID user, WithdrawalInput input) {
        UUID id = Ids.newId();
        withdrawals.insert(user, id, "Europe/Berlin", input, "hash", 1_000);
        return id;
    }

    @Test
    void aCheckInIsStoredWithItsSymptomsInTheirOwnWordsAndItsTotal() {
        UUID id = store(alice, new WithdrawalInput(null, MORNING,
                List.of(new WithdrawalSymptom("legs won't keep still", 3), new WithdrawalSymptom("yawning", 1)),
                "second day"));
        WithdrawalCheckIn stored = withdrawals.find(alice, id).orElseThrow();
        assertThat(stored.symptoms()).containsExactly(new WithdrawalSymptom("legs won't keep still", 3),
                new WithdrawalSymptom("yawning", 1));
        assertThat(stored.total()).isEqualTo(4);
        assertThat(stored).extracting(WithdrawalCheckIn::takenAt, WithdrawalCheckIn::timeZone, WithdrawalCheckIn::note)
                .containsExactly(MORNING, "Europe/Berlin", "second day");
        assertThat(withdrawals.fingerprint(alice, id)).contains("hash");
    }

    @Test
    void whatACreateBuildsBeforeTheWriteIsExactlyWhatIsReadBack() {
        WithdrawalInput input = new WithdrawalInput(null, MORNING.plusNanos(987_654_321),
                List.of(new WithdrawalSymptom("restless legs", 3), new WithdrawalSymptom("yawning", 1)), "day two");
        UUID id = Ids.newId();
        WithdrawalCheckIn built = WithdrawalRepository.stored(id, "Europe/Berlin", input, 1_000);
        withdrawals.insert(alice, id, built.timeZone(), input, "hash", 1_000);
        assertThat(withdrawals.find(alice, id)).contains(built);
    }

    @Test
    void anotherUserCannotFindUpdateOrDeleteACheckIn() {
        UUID id = store(alice, felt(MORNING, 2));
        assertThat(withdrawals.find(bob, id)).isEmpty();
        assertThat(withdrawals.fingerprint(bob, id)).isEmpty();
        assertThat(withdrawals.update(bob, id, felt(MORNING, 4), 2_000)).isFalse();
        assertThat(deleted.keep(bob, withdrawals.entries(), id)).isFalse();
        assertThat(withdrawals.list(bob, ListQuery.parse(null, null, null, null, ZoneOffset.UTC))).isEmpty();
        assertThat(withdrawals.find(alice, id).orElseThrow().total()).isEqualTo(2);
    }

    @Test
    void anUpdateReplacesTheSymptomsAndTotalAndADeleteRemovesIt() {
        UUID id = store(alice, felt(MORNING, 2));
        assertThat(withdrawals.update(alice, id, felt(MORNING.plusSeconds(60), 1, 4, 3), 2_000)).isTrue();
        WithdrawalCheckIn updated = withdrawals.find(alice, id).orElseThrow();
        assertThat(updated.total()).isEqualTo(8);
        assertThat(updated.symptoms()).hasSize(3);
        assertThat(updated.updatedAt().toEpochMilli()).isEqualTo(2_000);
        assertThat(deleted.keep(alice, withdrawals.entries(), id)).isTrue();
        assertThat(withdrawals.find(alice, id)).isEmpty();
    }

    @Test
    void pagesRunNewestFirstWithoutGapsOrRepeatsWhenTimesAreEqual() {
        UUID user = database.person();
        for (int i = 0; i < 7; i++) {
            store(user, felt(MORNING.plusSeconds(60L * (i / 3)), i % 5));
        }
        List<WithdrawalCheckIn> all = PageWalk.all(2, query -> withdrawals.list(user, query),
                w -> new Cursor(w.takenAt().toEpochMilli(), w.id()));
        assertThat(all).hasSize(7).doesNotHaveDuplicates();
        assertThat(all).isSortedAccordingTo((a, b) -> a.takenAt().equals(b.takenAt())
                ? b.id().toString().compareTo(a.id().toString()) : b.takenAt().compareTo(a.takenAt()));
    }

    @Test
    void aListIsLimitedToItsTimeRange() {
        UUID user = database.person();
        store(user, felt(Instant.parse("2026-03-01T23:30:00Z"), 1));
        store(user, felt(Instant.parse("2026-03-02T00:30:00Z"), 2));
        ListQuery march1 = ListQuery.parse("2026-03-01", "2026-03-01", null, null, ZoneOffset.UTC);
        assertThat(withdrawals.list(user, march1)).extracting(WithdrawalCheckIn::total).containsExactly(1);
    }
}
