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
import app.mitra.journal.Dose;
import app.mitra.journal.DoseInput;
import app.mitra.journal.Method;
import app.mitra.journal.Unit;
import app.mitra.journal.internal.DoseNormaliser.Normalised;
import app.mitra.products.Form;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.PageWalk;
import app.mitra.testing.TestDatabase;

@OnBothDatabases
class DoseRepositoryIT {

    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");
    private static final Normalised TWO_GRAMS = new Normalised(2000, 2000L, null, null, false);

    @Parameter
    TestDatabase database;

    private DoseRepository doses;
    private DeletedEntries deleted;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void repository() {
        alice = database.person();
        bob = database.person();
        doses = new DoseRepository(database.jdbc());
        deleted = new DeletedEntries(database.jdbc(), Clock.systemUTC());
    }

    private static DoseInput powder(Instant at, double grams) {
        return new DoseInput(null, at, Form.POWDER, grams, Unit.G, null, null, Method.TOSS_AND_WASH, null);
    }

    private UUID store(UUID user, DoseInput input, Normalised normalised) {
        UUID id = Ids.newId();
        doses.insert(user, id, "UTC", input, normalised, "hash", 1_000);
        return id;
    }

    @Test
    void anExtractDoseKeepsItsNormalisedFigures() {
        UUID product = Ids.newId();
        DoseInput input = new DoseInput(null, NOON, Form.EXTRACT, 1.5, Unit.ML, product, null, Method.MIXED_IN_DRINK,
                "bitter");
        UUID id = store(alice, input, new Normalised(1500, 15_000L, 30.25, null, true));
        Dose dose = doses.find(alice, id).orElseThrow();
        assertThat(dose).extracting(Dose::takenAt, Dose::form, Dose::amount, Dose::unit, Dose::method, Dose::productId,
                Dose::note, Dose::materialMg, Dose::leafEquivalentMg, Dose::mitragynineMg, Dose::sevenOhMg,
                Dose::approximate)
                .containsExactly(NOON, Form.EXTRACT, 1.5, Unit.ML, Method.MIXED_IN_DRINK, product, "bitter", 1500L,
                        15_000L, 30.25, null, true);
    }

    @Test
    void whatACreateBuildsBeforeTheWriteIsExactlyWhatIsReadBack() {
        DoseInput input = new DoseInput(null, NOON.plusNanos(555_555_555), Form.EXTRACT, 1.5, Unit.ML, Ids.newId(),
                null, Method.MIXED_IN_DRINK, "bitter");
        for (Normalised normalised : List.of(new Normalised(1500, 15_000L, 30.25, 1.5, true),
                new Normalised(1500, null, null, null, true))) {
            UUID id = Ids.newId();
            Dose built = DoseRepository.stored(id, "America/Chicago", input, normalised, 1_000);
            doses.insert(alice, id, built.timeZone(), input, normalised, "hash", 1_000);
            assertThat(doses.find(alice, id)).contains(built);
        }
    }

    @Test
    void unknownFiguresStayUnknown() {
        UUID id = store(alice, powder(NOON, 2), new Normalised(2000, null, null, null, false));
        Dose dose = doses.find(alice, id).orElseThrow();
        assertThat(dose.leafEquivalentMg()).isNull();
        assertThat(dose.mitragynineMg()).isNull();
        assertThat(dose.method()).isEqualTo(Method.TOSS_AND_WASH);
        assertThat(dose.productId()).isNull();
    }

    @Test
    void anotherUserCannotFindUpdateOrDeleteADose() {
        UUID id = store(alice, powder(NOON, 2), TWO_GRAMS);
        assertThat(doses.find(bob, id)).isEmpty();
        assertThat(doses.fingerprint(bob, id)).isEmpty();
        assertThat(doses.update(bob, id, powder(NOON, 9), TWO_GRAMS, 2_000)).isFalse();
        assertThat(deleted.keep(bob, doses.entries(), id)).isFalse();
        assertThat(doses.list(bob, ListQuery.parse(null, null, null, null, ZoneOffset.UTC))).isEmpty();
        assertThat(doses.find(alice, id).orElseThrow().amount()).isEqualTo(2.0);
    }

    @Test
    void anUpdateReplacesTheDoseAndADeleteRemovesIt() {
        UUID id = store(alice, powder(NOON, 2), TWO_GRAMS);
        assertThat(doses.update(alice, id, powder(NOON, 3), new Normalised(3000, 3000L, null, null, false), 2_000))
                .isTrue();
        assertThat(doses.find(alice, id).orElseThrow()).extracting(Dose::amount, Dose::materialMg)
                .containsExactly(3.0, 3000L);
        assertThat(deleted.keep(alice, doses.entries(), id)).isTrue();
        assertThat(doses.find(alice, id)).isEmpty();
    }

    @Test
    void pagesRunNewestFirstWithoutGapsOrRepeatsWhenTimesAreEqual() {
        UUID user = database.person();
        for (int i = 0; i < 9; i++) {
            store(user, powder(NOON.plusSeconds(3600L * (i / 4)), 1 + i), TWO_GRAMS);
        }
        List<Dose> all = PageWalk.all(4, query -> doses.list(user, query),
                d -> new Cursor(d.takenAt().toEpochMilli(), d.id()));
        assertThat(all).hasSize(9).doesNotHaveDuplicates();
        assertThat(all).extracting(Dose::takenAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void figuresAreTheRangeOldestFirstWithTheirAmountsAndOnlyThePersonsOwn() {
        UUID user = database.person();
        UUID product = Ids.newId();
        store(user, powder(NOON.plusSeconds(60), 3), new Normalised(3000, 3000L, 45.0, 0.6, false));
        store(user, new DoseInput(null, NOON, Form.POWDER, 2.0, Unit.G, product, null, null, null), TWO_GRAMS);
        store(user, powder(NOON.plusSeconds(3600), 1), TWO_GRAMS);
        store(bob, powder(NOON, 5), TWO_GRAMS);
        var figures = doses.figures(user, NOON.toEpochMilli(), NOON.plusSeconds(3600).toEpochMilli());
        assertThat(figures).extracting(f -> f.materialMg()).containsExactly(2000L, 3000L);
        assertThat(figures.get(0).productId()).isEqualTo(product);
        assertThat(figures.get(0).mitragynineMg()).isNull();
        assertThat(figures.get(1).mitragynineMg()).isEqualTo(45.0);
        assertThat(figures.get(1).form()).isEqualTo(Form.POWDER);
    }

    @Test
    void theFirstDoseIsTheEarliestEverLoggedNotTheFirstStored() {
        UUID user = database.person();
        assertThat(doses.first(user)).isEmpty();
        store(user, powder(NOON, 2), TWO_GRAMS);
        store(user, powder(NOON.minusSeconds(86_400 * 40L), 3), new Normalised(3000, 3000L, null, null, false));
        store(bob, powder(NOON.minusSeconds(86_400 * 400L), 5), TWO_GRAMS);
        assertThat(doses.first(user)).hasValueSatisfying(first -> {
            assertThat(first.takenAt()).isEqualTo(NOON.minusSeconds(86_400 * 40L));
            assertThat(first.materialMg()).isEqualTo(3000);
        });
    }
}
