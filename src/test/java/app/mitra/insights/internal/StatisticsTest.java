package app.mitra.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The estimators on data whose answer is known. */
class StatisticsTest {

    @Test
    void theilSenFindsAKnownSlopeDespiteWildOutliers() {
        double[] x = IntStream.range(0, 60).asDoubleStream().toArray();
        double[] y = IntStream.range(0, 60).mapToDouble(i -> 2 * i + (i % 10 == 0 ? 500 : 0)).toArray();
        var slope = Statistics.theilSen(x, y, 1).orElseThrow();
        assertThat(slope.value()).isEqualTo(2.0);
        assertThat(slope.low()).isLessThanOrEqualTo(2.0);
        assertThat(slope.high()).isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void theilSenOnManyPointsSamplesPairsAndStaysClose() {
        Random random = new Random(3);
        double[] x = IntStream.range(0, 2000).asDoubleStream().toArray();
        double[] y = IntStream.range(0, 2000).mapToDouble(i -> 0.5 * i + random.nextGaussian() * 20).toArray();
        var slope = Statistics.theilSen(x, y, 1).orElseThrow();
        assertThat(slope.value()).isBetween(0.48, 0.52);
        assertThat(slope.low()).isLessThan(0.5);
        assertThat(slope.high()).isGreaterThan(0.5);
    }

    @Test
    void spearmanOfAMonotoneRelationIsOneAndOfNoiseIsNearZero() {
        double[] x = IntStream.range(0, 50).asDoubleStream().toArray();
        double[] squares = IntStream.range(0, 50).mapToDouble(i -> i * i).toArray();
        assertThat(Statistics.spearman(x, squares).orElseThrow().value()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        Random random = new Random(5);
        double[] noise = IntStream.range(0, 50).mapToDouble(i -> random.nextDouble()).toArray();
        var rho = Statistics.spearman(x, noise).orElseThrow();
        assertThat(rho.low()).isLessThan(0);
        assertThat(rho.high()).isGreaterThan(0);
        assertThat(Statistics.spearman(new double[9], new double[9])).isEmpty();
    }

    @Test
    void tiesShareTheirMeanRank() {
        assertThat(Statistics.ranks(new double[] {10, 20, 20, 5})).containsExactly(2, 3.5, 3.5, 1);
    }

    @Test
    void largeSamplesUseTheNormalIntervalWhichMatchesTheBootstrap() {
        Random random = new Random(9);
        double[] big = IntStream.range(0, 501).mapToDouble(i -> random.nextInt(7) - 1).toArray();
        double[] small = java.util.Arrays.copyOf(big, 500);
        var normal = Statistics.meanInterval(big, 1).orElseThrow();
        var bootstrap = Statistics.meanInterval(small, 1).orElseThrow();
        assertThat(normal.method()).isEqualTo(Statistics.NORMAL);
        assertThat(bootstrap.method()).isEqualTo(Statistics.BOOTSTRAP);
        assertThat(normal.high() - normal.low()).isCloseTo(bootstrap.high() - bootstrap.low(),
                org.assertj.core.data.Percentage.withPercentage(10));
    }

    @Test
    void aLeastSquaresSlopeOfAPerfectLineHasNoWidth() {
        var slope = Statistics.leastSquares(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7}).orElseThrow();
        assertThat(slope.value()).isEqualTo(2.0);
        assertThat(slope.high() - slope.low()).isLessThan(1e-9);
        assertThat(Statistics.leastSquares(new double[] {0, 1}, new double[] {1, 2})).isEmpty();
    }

    @Test
    void selectionFindsTheSameOrderStatisticsAsASortWithTiesToo() {
        Random random = new Random(13);
        for (int round = 0; round < 50; round++) {
            double[] values = IntStream.range(0, 1 + random.nextInt(300)).mapToDouble(i -> random.nextInt(20)).toArray();
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int k = random.nextInt(values.length);
            assertThat(Statistics.select(values, k)).isEqualTo(sorted[k]);
            assertThat(Statistics.select(values, values.length - 1)).isEqualTo(sorted[values.length - 1]);
        }
    }
}
