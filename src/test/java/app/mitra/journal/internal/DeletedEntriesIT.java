package app.mitra.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.common.Ids;
import app.mitra.journal.CheckIn;
import app.mitra.journal.CheckInInput;
import app.mitra.journal.Deleted;
import app.mitra.journal.DoseInput;
import app.mitra.journal.Method;
import app.mitra.journal.NoteInput;
import app.mitra.journal.SideEffect;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;
import app.mitra.journal.Unit;
import app.mitra.journal.WithdrawalInput;
import app.mitra.journal.WithdrawalSymptom;
import app.mitra.journal.internal.DoseNormaliser.Normalised;
import app.mitra.products.Form;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestClock;
import app.mitra.testing.TestDatabase;
import tools.jackson.databind.json.JsonMapper;

/** A deleted entry is kept whole for a day, restored exactly, then never read again and purged. */
@OnBothDatabases
class DeletedEntriesIT {

    private static final Instant MORNING = Instant.parse("2026-03-01T08:30:45.123Z");

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));
    private CheckInRepository checkIns;
    private DoseRepository doses;
    private SubstanceRepository substances;
    private WithdrawalRepository withdrawals;
    private NoteRepository notes;
    private List<EntryTable<?>> tables;
    private DeletedEntries deleted;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void repositories() {
        JsonMapper json = JsonMapper.builder().build();
        checkIns = new CheckInRepository(database.jdbc(), json);
        doses = new DoseRepository(database.jdbc());
        substances = new SubstanceRepository(database.jdbc());
        withdrawals = new WithdrawalRepository(database.jdbc(), json);
        notes = new NoteRepository(database.jdbc(), json);
        tables = List.of(checkIns.entries(), doses.entries(), substances.entries(), withdrawals.entries(),
                notes.entries());
        deleted = new DeletedEntries(database.jdbc(), clock);
        alice = database.person();
        bob = database.person();
    }

    private List<String> columns(JdbcClient jdbc, String table) {
        if (database.kind() == TestDatabase.Kind.SQLITE) {
            return jdbc.sql("select name from pragma_table_info(:table) order by cid").param("table", table)
                    .query(String.class).list();
        }
        return jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = :table order by ordinal_position""")
                .param("table", table).query(String.class).list();
    }

    @Test
    void everyTableAndItsCopyForDeletedRowsHoldExactlyTheColumnsThatAreMoved() {
        for (EntryTable<?> table : tables) {
            List<String> stored = Arrays.stream(table.stored().split(",")).map(String::strip).toList();
            assertThat(columns(database.jdbc(), table.table())).as(table.table()).containsExactlyInAnyOrderElementsOf(stored);
            assertThat(columns(database.jdbc(), table.table() + "_deleted")).as(table.table() + "_deleted")
                    .containsExactlyInAnyOrderElementsOf(concat(stored, "deleted_at"));
        }
    }

    private static List<String> concat(List<String> columns, String last) {
        return Stream.concat(columns.stream(), Stream.of(last)).toList();
    }

    @Test
    void aDeletedCheckInLeavesTheJournalAndComesBackExactlyAsItWas() {
        UUID id = Ids.newId();
        checkIns.insert(alice, id, "Europe/Berlin", new CheckInInput(null, MORNING, 6, List.of(), List.of("lower back"),
                4, 5, 7, 2, 3, 6, List.of(new SideEffect("nausea", 2)), "after the walk"), "hash-1", 1_000);
        CheckIn before = checkIns.find(alice, id).orElseThrow();

        assertThat(deleted.keep(alice, checkIns.entries(), id)).isTrue();
        assertThat(checkIns.find(alice, id)).isEmpty();
        assertThat(checkIns.figures(alice, Long.MIN_VALUE, Long.MAX_VALUE)).isEmpty();
        assertThat(deleted.find(alice, checkIns.entries(), id)).map(Deleted::entry).contains(before);
        assertThat(deleted.list(alice, checkIns.entries())).extracting(Deleted::deletedAt).containsExactly(clock.instant());

        assertThat(deleted.restore(alice, checkIns.entries(), id)).isTrue();
        assertThat(checkIns.find(alice, id)).contains(before);
        assertThat(checkIns.fingerprint(alice, id)).contains("hash-1");
        assertThat(deleted.list(alice, checkIns.entries())).isEmpty();
        assertThat(deleted.holds(alice, checkIns.entries(), id)).isFalse();
    }

    @Test
    void everyKindOfEntryMovesWholeBothWays() {
        UUID dose = Ids.newId();
        doses.insert(alice, dose, "UTC", new DoseInput(null, MORNING, Form.EXTRACT, 1.5, Unit.ML, Ids.newId(), null,
                Method.MIXED_IN_DRINK, "bitter"), new Normalised(1500, 15_000L, 30.25, 0.5, true), "hash", 1_000);
        UUID substance = Ids.newId();
        substances.insert(alice, substance, "UTC", new SubstanceInput(null, MORNING, SubstanceKind.ALCOHOL, "beer", 1.5,
                SubstanceUnit.DRINKS, null), "hash", 1_000);
        UUID withdrawal = Ids.newId();
        withdrawals.insert(alice, withdrawal, "UTC", new WithdrawalInput(null, MORNING,
                List.of(new WithdrawalSymptom("aches", 3)), "rough night"), "hash", 1_000);
        UUID note = Ids.newId();
        notes.insert(alice, note, "UTC", new NoteInput(null, MORNING, "Walk", "Knees", "meh", List.of("walk")), "hash",
                1_000);
        for (var entry : List.of(new Moved<>(doses.entries(), dose), new Moved<>(substances.entries(), substance),
                new Moved<>(withdrawals.entries(), withdrawal), new Moved<>(notes.entries(), note))) {
            roundTrip(entry);
        }
    }

    private record Moved<T>(EntryTable<T> table, UUID id) {
    }

    private <T> void roundTrip(Moved<T> entry) {
        T before = entry.table().find(alice, entry.id()).orElseThrow();
        assertThat(deleted.keep(alice, entry.table(), entry.id())).as(entry.table().table()).isTrue();
        assertThat(entry.table().find(alice, entry.id())).as(entry.table().table()).isEmpty();
        assertThat(deleted.restore(alice, entry.table(), entry.id())).as(entry.table().table()).isTrue();
        assertThat(entry.table().find(alice, entry.id())).as(entry.table().table()).contains(before);
    }

    @Test
    void anotherPersonCannotSeeRestoreOrDropADeletedEntry() {
        UUID id = note(alice);
        deleted.keep(alice, notes.entries(), id);
        assertThat(deleted.keep(bob, notes.entries(), id)).isFalse();
        assertThat(deleted.find(bob, notes.entries(), id)).isEmpty();
        assertThat(deleted.list(bob, notes.entries())).isEmpty();
        assertThat(deleted.holds(bob, notes.entries(), id)).isFalse();
        assertThat(deleted.restore(bob, notes.entries(), id)).isFalse();
        deleted.drop(bob, notes.entries(), id);
        assertThat(notes.find(bob, id)).isEmpty();
        assertThat(deleted.restore(alice, notes.entries(), id)).isTrue();
    }

    @Test
    void afterADayADeletedEntryIsNeverReadAgainAndThePurgeRemovesIt() {
        UUID id = note(alice);
        deleted.keep(alice, notes.entries(), id);
        clock.advance(DeletedEntries.KEPT.minusSeconds(1));
        assertThat(deleted.holds(alice, notes.entries(), id)).isTrue();
        assertThat(deleted.purge()).isZero();

        clock.advance(Duration.ofSeconds(2));
        assertThat(deleted.holds(alice, notes.entries(), id)).isFalse();
        assertThat(deleted.find(alice, notes.entries(), id)).isEmpty();
        assertThat(deleted.list(alice, notes.entries())).isEmpty();
        assertThat(deleted.restore(alice, notes.entries(), id)).isFalse();
        assertThat(notes.find(alice, id)).isEmpty();

        assertThat(deleted.purge()).isPositive();
        assertThat(database.jdbc().sql("select count(*) from journal_note_deleted where user_id = :user")
                .param("user", alice.toString()).query(Integer.class).single()).isZero();
    }

    @Test
    void anEntryBackInTheJournalUnderTheSameIdIsNeverReplacedByItsDeletedCopy() {
        UUID id = note(alice);
        deleted.keep(alice, notes.entries(), id);
        // an import brings the same entry back
        notes.insert(alice, id, "UTC", new NoteInput(null, MORNING, "Imported", null, null, List.of()), "hash", 2_000);
        assertThat(deleted.list(alice, notes.entries())).isEmpty();
        assertThat(deleted.restore(alice, notes.entries(), id)).isFalse();
        assertThat(notes.find(alice, id).orElseThrow().title()).isEqualTo("Imported");
    }

    @Test
    void deletingAgainAfterARestoreKeepsTheLatestDeletion() {
        UUID id = note(alice);
        deleted.keep(alice, notes.entries(), id);
        deleted.restore(alice, notes.entries(), id);
        clock.advance(Duration.ofHours(2));
        deleted.keep(alice, notes.entries(), id);
        assertThat(deleted.find(alice, notes.entries(), id).orElseThrow().deletedAt()).isEqualTo(clock.instant());
    }

    private UUID note(UUID user) {
        UUID id = Ids.newId();
        notes.insert(user, id, "UTC", new NoteInput(null, MORNING, null, "slept badly", null, List.of()), "hash", 1_000);
        return id;
    }
}
