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
import app.mitra.journal.CheckIn;
import app.mitra.journal.CheckInInput;
import app.mitra.journal.PainType;
import app.mitra.journal.SideEffect;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.PageWalk;
import app.mitra.testing.TestDatabase;
import tools.jackson.databind.json.JsonMapper;

@OnBothDatabases
class CheckInRepositoryIT {

    private static final Instant MORNING = Instant.parse("2026-03-01T08:30:00Z");

    @Parameter
    TestDatabase database;

    private CheckInRepository checkIns;
    private DeletedEntries deleted;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void repository() {
        alice = database.person();
        bob = database.person();
        checkIns = new CheckInRepository(database.jdbc(), JsonMapper.builder().build());
        deleted = new DeletedEntries(database.jdbc(), Clock.systemUTC());
    }

    private static CheckInInput pain(Instant at, int pain) {
        return new CheckInInput(null, at, pain, null, null, null, null, null, null, null, null, null, null);
    }

    private UUID store(UUID user, CheckInInput input) {
        UUID id = Ids.newId();
        checkIns.insert(user, id, "Europe/Berlin", input, "hash", 1_000);
        return id;
    }

    @Test
    void aPegCheckInIsStoredWithEveryField() {
        CheckInInput input = new CheckInInput(null, MORNING, 7, List.of(PainType.NEUROPATHIC, PainType.HEADACHE),
                List.of("lower back"), 4, 5, 6, 3, 2, 8, List.of(new SideEffect("nausea", 2)), "after a walk");
        UUID id = store(alice, input);
        CheckIn stored = checkIns.find(alice, id).orElseThrow();
        assertThat(stored.takenAt()).isEqualTo(MORNING);
        assertThat(stored.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(stored.instrument()).isEqualTo(CheckIn.PEG);
        assertThat(stored.peg()).isEqualTo(5.3);
        assertThat(stored.painTypes()).containsExactly(PainType.NEUROPATHIC, PainType.HEADACHE);
        assertThat(stored.bodySites()).containsExactly("lower back");
        assertThat(stored.sideEffects()).containsExactly(new SideEffect("nausea", 2));
        assertThat(stored).extracting(CheckIn::mood, CheckIn::anxiety, CheckIn::energy, CheckIn::sleepQuality,
                CheckIn::note).containsExactly(6, 3, 2, 8, "after a walk");
    }

    @Test
    void whatACreateBuildsBeforeTheWriteIsExactlyWhatIsReadBack() {
        Instant withNanos = MORNING.plusNanos(123_456_789);
        for (CheckInInput input : List.of(pain(withNanos, 0), new CheckInInput(null, withNanos, 7,
                List.of(PainType.NEUROPATHIC), List.of("lower back", "knee"), 4, 5, 6, 3, 2, 8,
                List.of(new SideEffect("nausea", 2)), "after a walk"))) {
            UUID id = Ids.newId();
            CheckIn built = CheckInRepository.stored(id, "Europe/Berlin", input, 1_000);
            checkIns.insert(alice, id, built.timeZone(), input, "hash", 1_000);
            assertThat(checkIns.find(alice, id)).contains(built);
        }
    }

    @Test
    void aMomentaryRatingHasNoPegAndNoOptionalScales() {
        CheckIn stored = checkIns.find(alice, store(alice, pain(MORNING, 3))).orElseThrow();
        assertThat(stored.instrument()).isEqualTo(CheckIn.NRS);
        assertThat(stored.peg()).isNull();
        assertThat(stored.mood()).isNull();
        assertThat(stored.enjoyment()).isNull();
    }

    @Test
    void anotherUserCannotFindUpdateOrDeleteACheckIn() {
        UUID id = store(alice, pain(MORNING, 3));
        assertThat(checkIns.find(bob, id)).isEmpty();
        assertThat(checkIns.fingerprint(bob, id)).isEmpty();
        assertThat(checkIns.update(bob, id, pain(MORNING, 9), 2_000)).isFalse();
        assertThat(deleted.keep(bob, checkIns.entries(), id)).isFalse();
        assertThat(checkIns.list(bob, ListQuery.parse(null, null, null, null, ZoneOffset.UTC))).isEmpty();
        assertThat(checkIns.find(alice, id).orElseThrow().pain()).isEqualTo(3);
    }

    @Test
    void anUpdateReplacesTheCheckInAndADeleteRemovesIt() {
        UUID id = store(alice, pain(MORNING, 3));
        assertThat(checkIns.update(alice, id, new CheckInInput(null, MORNING.plusSeconds(60), 6, null, null, 2, 3,
                null, null, null, null, null, "edited"), 2_000)).isTrue();
        CheckIn updated = checkIns.find(alice, id).orElseThrow();
        assertThat(updated).extracting(CheckIn::pain, CheckIn::peg, CheckIn::note).containsExactly(6, 3.7, "edited");
        assertThat(updated.updatedAt().toEpochMilli()).isEqualTo(2_000);
        assertThat(deleted.keep(alice, checkIns.entries(), id)).isTrue();
        assertThat(checkIns.find(alice, id)).isEmpty();
    }

    @Test
    void pagesRunNewestFirstWithoutGapsOrRepeatsWhenTimesAreEqual() {
        UUID user = database.person();
        for (int i = 0; i < 7; i++) {
            // three check-ins share each time, so the id must break ties between pages
            store(user, pain(MORNING.plusSeconds(60L * (i / 3)), i));
        }
        List<CheckIn> all = PageWalk.all(2, query -> checkIns.list(user, query),
                c -> new Cursor(c.takenAt().toEpochMilli(), c.id()));
        assertThat(all).hasSize(7).doesNotHaveDuplicates();
        assertThat(all).isSortedAccordingTo((a, b) -> a.takenAt().equals(b.takenAt())
                ? b.id().toString().compareTo(a.id().toString()) : b.takenAt().compareTo(a.takenAt()));
    }

    @Test
    void aListIsLimitedToItsTimeRange() {
        UUID user = database.person();
        store(user, pain(Instant.parse("2026-03-01T23:30:00Z"), 1));
        store(user, pain(Instant.parse("2026-03-02T00:30:00Z"), 2));
        ListQuery march1 = ListQuery.parse("2026-03-01", "2026-03-01", null, null, ZoneOffset.UTC);
        assertThat(checkIns.list(user, march1)).extracting(CheckIn::pain).containsExactly(1);
    }

    @Test
    void figuresAreTheRangeOldestFirstWithPegMarkedAndOnlyThePersonsOwn() {
        UUID user = database.person();
        store(user, pain(MORNING.plusSeconds(3600), 4));
        store(user, new CheckInInput(null, MORNING, 7, null, null, 4, 5, 6, 3, 2, 8, null, null));
        store(user, pain(MORNING.minusSeconds(1), 9));
        store(bob, pain(MORNING, 1));
        var figures = checkIns.figures(user, MORNING.toEpochMilli(), MORNING.plusSeconds(7200).toEpochMilli());
        assertThat(figures).extracting(f -> f.pain()).containsExactly(7, 4);
        assertThat(figures.get(0).peg()).isEqualTo(5.3);
        assertThat(figures.get(0).momentary()).isFalse();
        assertThat(figures.get(0)).extracting(f -> f.mood(), f -> f.anxiety(), f -> f.energy(), f -> f.sleepQuality())
                .containsExactly(6, 3, 2, 8);
        assertThat(figures.get(1).momentary()).isTrue();
        assertThat(figures.get(1).mood()).isNull();
    }

    @Test
    void theFirstCheckInTimeIsThePersonsEarliest() {
        UUID user = database.person();
        assertThat(checkIns.firstTakenAt(user)).isEmpty();
        store(user, pain(MORNING, 4));
        store(user, pain(MORNING.minusSeconds(3600), 5));
        store(bob, pain(MORNING.minusSeconds(86_400), 1));
        assertThat(checkIns.firstTakenAt(user)).hasValue(MORNING.minusSeconds(3600));
    }
}
