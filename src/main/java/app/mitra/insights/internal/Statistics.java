package app.mitra.insights.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The estimators insights uses, as plain functions of arrays. Every interval is 95%. Resampling is
 * seeded, so the same journal always gives the same answer. An estimate that cannot be made honestly
 * (too few values, no spread) is empty, never a guess.
 */
public final class Statistics {

    /** Below this many pairs a mean or a comparison is "insufficient". */
    public static final int MIN_PAIRS = 5;
    /** A rank correlation needs more pairs than a mean: its interval is wide below this. */
    public static final int MIN_CORRELATION_PAIRS = 10;
    static final int RESAMPLES = 2000;
    /**
     * Above this many values the sampling distribution of a mean is close to normal and resampling
     * would cost time in proportion to n for the same interval, so the normal interval is used.
     */
    static final int BOOTSTRAP_LIMIT = 500;
    /** Theil-Sen uses every pair up to this many; beyond, this many pairs drawn at random (seeded). */
    static final int MAX_PAIRS = 50_000;
    static final double Z = 1.959964;

    public static final String BOOTSTRAP = "percentile bootstrap, 2000 resamples";
    public static final String NORMAL = "normal approximation";
    public static final String BOOTSTRAP_DIFFERENCE = "percentile bootstrap of the difference of means, 2000 resamples";
    public static final String WELCH = "normal approximation of the difference of means (Welch)";
    public static final String THEIL_SEN = "Theil-Sen median slope with Sen's interval";
    public static final String SPEARMAN = "Spearman rank correlation, Fisher z interval (Fieller-Hartley-Pearson)";
    public static final String LEAST_SQUARES = "least-squares slope with a t interval";

    /** Two-sided 97.5% quantiles of Student's t for 1..30 degrees of freedom. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    private Statistics() {
    }

    /** An estimate ({@code value}: a mean, a difference, a slope or a correlation) with its 95% interval. */
    public record Interval(int n, double value, double low, double high, String method) {

        /** Whether the interval leaves out 0: only then is a difference or a trend called. */
        public boolean excludesZero() {
            return low > 0 || high < 0;
        }
    }

    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    public static double median(double[] values) {
        double[] copy = values.clone();
        int n = copy.length;
        return n % 2 == 1 ? select(copy, n / 2) : (select(copy, n / 2 - 1) + select(copy, n / 2)) / 2;
    }

    private static double variance(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }

    /** The mean with a percentile-bootstrap interval (a normal one for large n); empty below {@link #MIN_PAIRS}. */
    public static Optional<Interval> meanInterval(double[] values, long seed) {
        int n = values.length;
        if (n < MIN_PAIRS) {
            return Optional.empty();
        }
        double mean = mean(values);
        if (n > BOOTSTRAP_LIMIT) {
            double half = Z * Math.sqrt(variance(values, mean) / n);
            return Optional.of(new Interval(n, mean, mean - half, mean + half, NORMAL));
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            means[b] = resampledMean(values, random);
        }
        return Optional.of(percentiles(n, mean, means, BOOTSTRAP));
    }

    /** mean(a) − mean(b) with a bootstrap interval (each group resampled on its own); empty when either is small. */
    public static Optional<Interval> differenceInterval(double[] a, double[] b, long seed) {
        if (a.length < MIN_PAIRS || b.length < MIN_PAIRS) {
            return Optional.empty();
        }
        double ma = mean(a);
        double mb = mean(b);
        int n = a.length + b.length;
        if (a.length > BOOTSTRAP_LIMIT && b.length > BOOTSTRAP_LIMIT) {
            double half = Z * Math.sqrt(variance(a, ma) / a.length + variance(b, mb) / b.length);
            return Optional.of(new Interval(n, ma - mb, ma - mb - half, ma - mb + half, WELCH));
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] differences = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            differences[r] = resampledMean(a, random) - resampledMean(b, random);
        }
        return Optional.of(percentiles(n, ma - mb, differences, BOOTSTRAP_DIFFERENCE));
    }

    private static double resampledMean(double[] values, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }

    private static Interval percentiles(int n, double estimate, double[] replicates, String method) {
        Arrays.sort(replicates);
        int last = replicates.length - 1;
        return new Interval(n, estimate, replicates[(int) Math.round(0.025 * last)],
                replicates[(int) Math.round(0.975 * last)], method);
    }

    /**
     * The Theil-Sen slope of y on x (the median of the slopes between pairs of points, robust to
     * outliers) with Sen's (1968) interval from the variance of Kendall's S. Pairs with equal x carry
     * no slope and are skipped; ties are not corrected for, which only widens the interval.
     */
    public static Optional<Interval> theilSen(double[] x, double[] y, long seed) {
        int n = x.length;
        if (n < MIN_PAIRS) {
            return Optional.empty();
        }
        long allPairs = (long) n * (n - 1) / 2;
        double[] slopes;
        double share;
        if (allPairs <= MAX_PAIRS) {
            slopes = new double[(int) allPairs];
            int m = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (x[i] != x[j]) {
                        slopes[m++] = (y[j] - y[i]) / (x[j] - x[i]);
                    }
                }
            }
            share = (double) m / allPairs;
            slopes = Arrays.copyOf(slopes, m);
        } else {
            SplittableRandom random = new SplittableRandom(seed);
            slopes = new double[MAX_PAIRS];
            int m = 0;
            int tried = 0;
            while (m < MAX_PAIRS && tried < 4 * MAX_PAIRS) {
                int i = random.nextInt(n);
                int j = random.nextInt(n);
                tried++;
                if (x[i] != x[j]) {
                    slopes[m++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
            share = (double) m / tried;
            slopes = Arrays.copyOf(slopes, m);
        }
        if (slopes.length < MIN_PAIRS) {
            return Optional.empty();
        }
        double pairs = allPairs * share;
        double c = Z * Math.sqrt(n * (n - 1.0) * (2 * n + 5) / 18.0);
        // Drawn pairs add the error of estimating a quantile from a sample: widen by its binomial margin.
        double drawn = allPairs <= MAX_PAIRS ? 0 : Z * Math.sqrt(0.25 / slopes.length);
        double lowShare = Math.max(0, (pairs - c) / 2 / pairs - drawn);
        double highShare = Math.min(1, (pairs + c) / 2 / pairs + drawn);
        int last = slopes.length - 1;
        // Three order statistics are needed, not the whole order: selection is linear, a sort is not.
        return Optional.of(new Interval(n, median(slopes), select(slopes, (int) Math.floor(lowShare * last)),
                select(slopes, (int) Math.ceil(highShare * last)), THEIL_SEN));
    }

    /** The k-th smallest value (0-based), by quickselect; reorders the array, which any later call allows. */
    static double select(double[] values, int k) {
        int low = 0;
        int high = values.length - 1;
        while (low < high) {
            double pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    /** The least-squares slope of y on x with a t interval on n − 2 degrees of freedom; needs 3 points. */
    public static Optional<Interval> leastSquares(double[] x, double[] y) {
        int n = x.length;
        if (n < 3) {
            return Optional.empty();
        }
        double mx = mean(x);
        double my = mean(y);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        if (sxx == 0) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double residual = y[i] - my - slope * (x[i] - mx);
            sse += residual * residual;
        }
        double half = t975(n - 2) * Math.sqrt(sse / (n - 2) / sxx);
        return Optional.of(new Interval(n, slope, slope - half, slope + half, LEAST_SQUARES));
    }

    /**
     * Spearman's rank correlation (ties share their mean rank) with a Fisher z interval whose standard
     * error is sqrt(1.06 / (n − 3)) (Fieller, Hartley and Pearson 1957); needs 10 pairs and spread in both.
     */
    public static Optional<Interval> spearman(double[] x, double[] y) {
        int n = x.length;
        if (n < MIN_CORRELATION_PAIRS) {
            return Optional.empty();
        }
        double rho = pearson(ranks(x), ranks(y));
        if (Double.isNaN(rho)) {
            return Optional.empty();
        }
        double z = atanh(Math.max(-0.999999, Math.min(0.999999, rho)));
        double half = Z * Math.sqrt(1.06 / (n - 3));
        return Optional.of(new Interval(n, rho, Math.tanh(z - half), Math.tanh(z + half), SPEARMAN));
    }

    static double[] ranks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }

    static double t975(int df) {
        return df <= T975.length ? T975[df - 1] : Z + 2.4 / df;
    }
}
