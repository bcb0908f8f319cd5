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
import app.mitra.journal.Substance;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.PageWalk;
import app.mitra.testing.TestDatabase;

@OnBothDatabases
class SubstanceRepositoryIT {

    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    @Parameter
    TestDatabase database;

    private SubstanceRepository substances;
    private DeletedEntries deleted;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void repository() {
        alice = database.person();
        bob = database.person();
        substances = new SubstanceRepository(database.jdbc());
        deleted = new DeletedEntries(database.jdbc(), Clock.systemUTC());
    }

    private static SubstanceInput drinks(Instant at, double count) {
        return new SubstanceInput(null, at, SubstanceKind.ALCOHOL, "wine", count, SubstanceUnit.DRINKS, "with dinner");
    }

    private UUID store(UUID user, SubstanceInput input) {
        UUID id = Ids.newId();
        substances.insert(user, id, "Europe/Berlin", input, "hash", 1_000);
        return id;
    }

    @Test
    void anEntryKeepsWhatWasLoggedAndAnEntryWithoutAmountStaysWithout() {
        UUID wine = store(alice, drinks(NOON, 1.5));
        assertThat(substances.find(alice, wine).orElseThrow())
                .extracting(Substance::takenAt, Substance::timeZone, Substance::kind, Substance::name, Substance::amount,
                        Substance::unit, Substance::note)
                .containsExactly(NOON, "Europe/Berlin", SubstanceKind.ALCOHOL, "wine", 1.5, SubstanceUnit.DRINKS,
                        "with dinner");
        UUID pill = store(alice, new SubstanceInput(null, NOON, SubstanceKind.MEDICINE, "Xanax", null, null, null));
        Substance xanax = substances.find(alice, pill).orElseThrow();
        assertThat(xanax.amount()).isNull();
        assertThat(xanax.unit()).isNull();
        assertThat(substances.fingerprint(alice, pill)).contains("hash");
    }

    @Test
    void anotherUserCannotFindUpdateOrDeleteAnEntry() {
        UUID id = store(alice, drinks(NOON, 2));
        assertThat(substances.find(bob, id)).isEmpty();
        assertThat(substances.fingerprint(bob, id)).isEmpty();
        assertThat(substances.update(bob, id, drinks(NOON, 9), 2_000)).isFalse();
        assertThat(deleted.keep(bob, substances.entries(), id)).isFalse();
        assertThat(substances.list(bob, ListQuery.parse(null, null, null, null, ZoneOffset.UTC))).isEmpty();
        assertThat(substances.between(bob, 0, Long.MAX_VALUE)).isEmpty();
        assertThat(substances.find(alice, id).orElseThrow().amount()).isEqualTo(2.0);
    }

    @Test
    void anUpdateReplacesTheEntryAndADeleteRemovesIt() {
        UUID id = store(alice, drinks(NOON, 2));
        assertThat(substances.update(alice, id, drinks(NOON.plusSeconds(60), 3), 2_000)).isTrue();
        Substance updated = substances.find(alice, id).orElseThrow();
        assertThat(updated.amount()).isEqualTo(3.0);
        assertThat(updated.updatedAt()).isEqualTo(Instant.ofEpochMilli(2_000));
        assertThat(deleted.keep(alice, substances.entries(), id)).isTrue();
        assertThat(substances.find(alice, id)).isEmpty();
    }

    @Test
    void aWindowIncludesBothEndsOldestFirst() {
        UUID user = database.person();
        UUID atStart = store(user, drinks(NOON, 1));
        UUID atEnd = store(user, drinks(NOON.plusSeconds(3600), 1));
        store(user, drinks(NOON.plusSeconds(3601), 1));
        assertThat(substances.between(user, NOON.toEpochMilli(), NOON.plusSeconds(3600).toEpochMilli()))
                .extracting(Substance::id).containsExactly(atStart, atEnd);
    }

    @Test
    void pagesRunNewestFirstWithoutGapsOrRepeatsWhenTimesAreEqual() {
        UUID user = database.person();
        for (int i = 0; i < 9; i++) {
            store(user, drinks(NOON.plusSeconds(3600L * (i / 4)), 1 + i));
        }
        List<Substance> all = PageWalk.all(4, query -> substances.list(user, query),
                s -> new Cursor(s.takenAt().toEpochMilli(), s.id()));
        assertThat(all).hasSize(9).doesNotHaveDuplicates();
        assertThat(all).extracting(Substance::takenAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }
}
