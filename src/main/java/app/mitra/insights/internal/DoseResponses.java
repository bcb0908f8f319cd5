package app.mitra.insights.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.mitra.insights.InsightsReport.Bin;
import app.mitra.insights.InsightsReport.DoseResponse;
import app.mitra.insights.InsightsReport.Trend;
import app.mitra.insights.internal.Pairing.PairedDose;
import app.mitra.insights.internal.Statistics.Interval;

/**
 * Relief against amount: bins of a round width (about six across the amounts taken) with each bin's
 * mean relief and interval, and the Theil-Sen trend, which a few unusual doses cannot swing.
 */
public final class DoseResponses {

    static final int BINS = 6;

    private DoseResponses() {
    }

    public static DoseResponse of(List<PairedDose> paired, Basis basis) {
        double[] amounts = paired.stream().mapToDouble(p -> basis.mg(p.dose())).toArray();
        double[] relief = Comparisons.reliefs(paired);
        List<Bin> bins = new ArrayList<>();
        if (amounts.length > 0) {
            double min = java.util.Arrays.stream(amounts).min().orElseThrow();
            double max = java.util.Arrays.stream(amounts).max().orElseThrow();
            double width = roundWidth((max - min) / BINS);
            double first = Math.floor(min / width) * width;
            int count = (int) Math.floor((max - first) / width) + 1;
            for (int b = 0; b < count; b++) {
                double from = first + b * width;
                double to = from + width;
                double[] in = java.util.stream.IntStream.range(0, amounts.length)
                        .filter(i -> amounts[i] >= from && amounts[i] < to).mapToDouble(i -> relief[i]).toArray();
                if (in.length > 0) {
                    Optional<Interval> mean = Statistics.meanInterval(in, Comparisons.seed("bin" + b));
                    bins.add(new Bin(Comparisons.round(from), Comparisons.round(to), in.length,
                            mean.map(i -> Comparisons.round(i.value())).orElse(null),
                            mean.map(i -> Comparisons.round(i.low())).orElse(null),
                            mean.map(i -> Comparisons.round(i.high())).orElse(null), mean.isEmpty()));
                }
            }
        }
        double[] units = java.util.Arrays.stream(amounts).map(a -> a / basis.perMg()).toArray();
        Optional<Interval> slope = Statistics.theilSen(units, relief, Comparisons.seed("dose-response"));
        Trend trend = new Trend(Statistics.THEIL_SEN, basis.perMg(), amounts.length,
                slope.map(i -> Comparisons.round(i.value())).orElse(null),
                slope.map(i -> Comparisons.round(i.low())).orElse(null),
                slope.map(i -> Comparisons.round(i.high())).orElse(null), slope.isEmpty());
        return new DoseResponse(basis.code(), bins, trend);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the raw width (and at least 1 mg). */
    static double roundWidth(double raw) {
        if (raw <= 1) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= step * power) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
