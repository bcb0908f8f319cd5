package app.mitra.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.mitra.insights.InsightsReport.Difference;
import app.mitra.insights.InsightsReport.GroupRelief;
import app.mitra.insights.InsightsReport.Tolerance;
import app.mitra.insights.internal.Comparisons.Group;

/** The statistics find effects built into synthetic journals, and call nothing that is not there. */
class KnownEffectsTest {

    private static final UUID STRONG = UUID.randomUUID();
    private static final UUID WEAK = UUID.randomUUID();

    private static List<Group> products(SyntheticJournal journal) {
        return Comparisons.group(journal.doses, journal.pairing().paired(), d -> d.productId().toString())
                .entrySet().stream().map(e -> new Group(e.getKey(), UUID.fromString(e.getKey()),
                        e.getKey().equals(STRONG.toString()) ? "Strong" : "Weak", e.getValue())).toList();
    }

    private static SyntheticJournal twoProducts(int strongEffect, int weakEffect, int days, long seed) {
        SyntheticJournal journal = new SyntheticJournal(seed);
        for (int day = 0; day < days; day++) {
            journal.dose(day, 8, STRONG, 2000, null, strongEffect).dose(day, 16, WEAK, 2000, null, weakEffect);
        }
        return journal;
    }

    @Test
    void aThreePointProductRanksAboveAOnePointOneWithIntervalsApartAtFortyDosesEach() {
        SyntheticJournal journal = twoProducts(3, 1, 40, 11);
        List<GroupRelief> ranked = Comparisons.relief(products(journal));
        GroupRelief strong = ranked.get(0);
        GroupRelief weak = ranked.get(1);
        assertThat(strong.name()).isEqualTo("Strong");
        assertThat(strong.n()).isEqualTo(40);
        assertThat(weak.n()).isEqualTo(40);
        assertThat(strong.meanRelief()).isBetween(2.5, 3.5);
        assertThat(weak.meanRelief()).isBetween(0.5, 1.5);
        assertThat(strong.ciLow()).isGreaterThan(weak.ciHigh());
        assertThat(strong.method()).isEqualTo(Statistics.BOOTSTRAP);
        List<Difference> differences = Comparisons.differences("product", products(journal));
        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.higher()).isEqualTo("Strong");
            assertThat(d.called()).isTrue();
            assertThat(d.ciLow()).isGreaterThan(0);
            assertThat(d.method()).isEqualTo(Statistics.BOOTSTRAP_DIFFERENCE);
        });
    }

    @Test
    void equalEffectsCallNoDifference() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Difference> differences = Comparisons.differences("product", products(twoProducts(2, 2, 40, seed)));
            assertThat(differences).singleElement().satisfies(d -> {
                assertThat(d.ciLow()).isLessThan(d.difference());
                assertThat(d.ciHigh()).isGreaterThan(d.difference());
            });
        }
        long called = java.util.stream.LongStream.rangeClosed(1, 40)
                .filter(seed -> Comparisons.differences("product", products(twoProducts(2, 2, 40, seed))).get(0).called())
                .count();
        // A 95% interval leaves out 0 by chance about one time in twenty.
        assertThat(called).isLessThanOrEqualTo(5);
        assertThat(Comparisons.differences("product", products(twoProducts(2, 2, 40, 3))).get(0).called()).isFalse();
    }

    @Test
    void fewerThanFivePairsAreInsufficient() {
        SyntheticJournal journal = twoProducts(3, 1, 4, 5);
        assertThat(Comparisons.relief(products(journal))).allSatisfy(row -> {
            assertThat(row.n()).isEqualTo(4);
            assertThat(row.insufficient()).isTrue();
            assertThat(row.meanRelief()).isNull();
            assertThat(row.ciLow()).isNull();
        });
        assertThat(Comparisons.differences("product", products(journal))).isEmpty();
        assertThat(Comparisons.overall(journal.pairing()).insufficient()).isFalse();
        assertThat(Comparisons.overall(new SyntheticJournal(1).dose(0, 8, STRONG, 2000, null, 3).pairing())
                .insufficient()).isTrue();
    }

    @Test
    void aBuiltInEscalationIsSignalledAsTolerance() {
        SyntheticJournal journal = new SyntheticJournal(21);
        int days = 150;
        for (int day = 0; day < days; day++) {
            // The same relief from amounts rising from 2 g to 5 g over five months.
            long mg = Math.round(2000 + 3000.0 * day / days);
            journal.dose(day, 8, STRONG, mg, null, 3).dose(day, 16, STRONG, mg, null, 3);
        }
        Pairing pairing = journal.pairing();
        Days range = journal.days(days);
        Tolerance tolerance = Tolerances.of(range, pairing.paired(), Basis.MATERIAL,
                Trends.daily(range, journal.checkIns, journal.doses));
        assertThat(tolerance.signal()).isTrue();
        assertThat(tolerance.insufficient()).isFalse();
        assertThat(tolerance.windows()).hasSize(5);
        assertThat(tolerance.ciHigh()).isLessThan(0);
        assertThat(tolerance.escalation().rising()).isTrue();
        assertThat(tolerance.escalation().ciLow()).isGreaterThan(0);
    }

    @Test
    void steadyUseWithSteadyReliefSignalsNoTolerance() {
        SyntheticJournal journal = new SyntheticJournal(22);
        int days = 150;
        for (int day = 0; day < days; day++) {
            journal.dose(day, 8, STRONG, 3000, null, 3).dose(day, 16, STRONG, 3000, null, 3);
        }
        Days range = journal.days(days);
        Tolerance tolerance = Tolerances.of(range, journal.pairing().paired(), Basis.MATERIAL,
                Trends.daily(range, journal.checkIns, journal.doses));
        assertThat(tolerance.signal()).isFalse();
        assertThat(tolerance.escalation().rising()).isFalse();
    }

    @Test
    void theSameJournalGivesTheSameIntervalsEveryTime() {
        List<GroupRelief> first = Comparisons.relief(products(twoProducts(3, 1, 40, 7)));
        List<GroupRelief> second = Comparisons.relief(products(twoProducts(3, 1, 40, 7)));
        assertThat(first).isEqualTo(second);
    }

    @Test
    void doseResponseRecoversABuiltInSlopeInGrams() {
        SyntheticJournal journal = new SyntheticJournal(31);
        for (int day = 0; day < 60; day++) {
            int grams = 1 + day % 4;
            journal.dose(day, 8, STRONG, grams * 1000L, null, grams);
        }
        var response = DoseResponses.of(journal.pairing().paired(), Basis.of(journal.doses));
        assertThat(response.basis()).isEqualTo("materialMg");
        assertThat(response.trend().slope()).isBetween(0.7, 1.3);
        assertThat(response.trend().ciLow()).isGreaterThan(0);
        assertThat(response.bins()).extracting(b -> b.n()).containsOnly(15);
    }

    @Test
    void mitragynineIsTheBasisOnlyWhenEveryDoseHasIt() {
        SyntheticJournal all = new SyntheticJournal(1).dose(0, 8, STRONG, 2000, 30.0, 2).dose(1, 8, STRONG, 2000, 31.0, 2);
        SyntheticJournal some = new SyntheticJournal(1).dose(0, 8, STRONG, 2000, 30.0, 2).dose(1, 8, WEAK, 2000, null, 2);
        assertThat(Basis.of(all.doses)).isEqualTo(Basis.MITRAGYNINE);
        assertThat(Basis.of(some.doses)).isEqualTo(Basis.MATERIAL);
    }
}
