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
import app.mitra.journal.Note;
import app.mitra.journal.NoteInput;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.PageWalk;
import app.mitra.testing.TestDatabase;
import tools.jackson.databind.json.JsonMapper;

@OnBothDatabases
class NoteRepositoryIT {

    private static final Instant MORNING = Instant.parse("2026-03-01T08:30:00Z");

    @Parameter
    TestDatabase database;

    private NoteRepository notes;
    private DeletedEntries deleted;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void repository() {
        alice = database.person();
        bob = database.person();
        notes = new NoteRepository(database.jdbc(), JsonMapper.builder().build());
        deleted = new DeletedEntries(database.jdbc(), Clock.systemUTC());
    }

    private static NoteInput mood(Instant at, String mood) {
        return new NoteInput(null, at, null, null, mood, List.of());
    }

    private UUID store(UUID user, NoteInput input) {
        UUID id = Ids.newId();
        notes.insert(user, id, "Europe/Berlin", input, "hash", 1_000);
        return id;
    }

    @Test
    void aNoteIsStoredWithItsOwnWordsMoodAndTags() {
        UUID id = store(alice, new NoteInput(null, MORNING, "Long walk", "Knees ached after, 😕", "meh",
                List.of("walk", "family | friends")));
        Note stored = notes.find(alice, id).orElseThrow();
        assertThat(stored).extracting(Note::title, Note::text, Note::mood, Note::takenAt, Note::timeZone)
                .containsExactly("Long walk", "Knees ached after, 😕", "meh", MORNING, "Europe/Berlin");
        assertThat(stored.tags()).containsExactly("walk", "family | friends");
        assertThat(notes.fingerprint(alice, id)).contains("hash");
    }

    @Test
    void whatACreateBuildsBeforeTheWriteIsExactlyWhatIsReadBack() {
        NoteInput input = new NoteInput(null, MORNING.plusNanos(987_654_321), null, "slept badly", null,
                List.of("sleep"));
        UUID id = Ids.newId();
        Note built = NoteRepository.stored(id, "Europe/Berlin", input, 1_000);
        notes.insert(alice, id, built.timeZone(), input, "hash", 1_000);
        assertThat(notes.find(alice, id)).contains(built);
    }

    @Test
    void anotherUserCannotFindUpdateOrDeleteANote() {
        UUID id = store(alice, mood(MORNING, "good"));
        assertThat(notes.find(bob, id)).isEmpty();
        assertThat(notes.fingerprint(bob, id)).isEmpty();
        assertThat(notes.update(bob, id, mood(MORNING, "awful"), 2_000)).isFalse();
        assertThat(deleted.keep(bob, notes.entries(), id)).isFalse();
        assertThat(notes.list(bob, ListQuery.parse(null, null, null, null, ZoneOffset.UTC))).isEmpty();
        assertThat(notes.find(alice, id).orElseThrow().mood()).isEqualTo("good");
    }

    @Test
    void anUpdateReplacesTheWordsAndADeleteRemovesIt() {
        UUID id = store(alice, mood(MORNING, "good"));
        assertThat(notes.update(alice, id, new NoteInput(null, MORNING.plusSeconds(60), "Later", null, null,
                List.of("rest")), 2_000)).isTrue();
        Note updated = notes.find(alice, id).orElseThrow();
        assertThat(updated).extracting(Note::title, Note::mood).containsExactly("Later", null);
        assertThat(updated.tags()).containsExactly("rest");
        assertThat(updated.updatedAt().toEpochMilli()).isEqualTo(2_000);
        assertThat(deleted.keep(alice, notes.entries(), id)).isTrue();
        assertThat(notes.find(alice, id)).isEmpty();
    }

    @Test
    void pagesRunNewestFirstWithoutGapsOrRepeatsWhenTimesAreEqual() {
        UUID user = database.person();
        for (int i = 0; i < 7; i++) {
            store(user, mood(MORNING.plusSeconds(60L * (i / 3)), "mood " + i));
        }
        List<Note> all = PageWalk.all(2, query -> notes.list(user, query),
                n -> new Cursor(n.takenAt().toEpochMilli(), n.id()));
        assertThat(all).hasSize(7).doesNotHaveDuplicates();
        assertThat(all).isSortedAccordingTo((a, b) -> a.takenAt().equals(b.takenAt())
                ? b.id().toString().compareTo(a.id().toString()) : b.takenAt().compareTo(a.takenAt()));
    }

    @Test
    void aListIsLimitedToItsTimeRange() {
        UUID user = database.person();
        store(user, mood(Instant.parse("2026-03-01T23:30:00Z"), "late"));
        store(user, mood(Instant.parse("2026-03-02T00:30:00Z"), "next day"));
        ListQuery march1 = ListQuery.parse("2026-03-01", "2026-03-01", null, null, ZoneOffset.UTC);
        assertThat(notes.list(user, march1)).extracting(Note::mood).containsExactly("late");
    }
}
