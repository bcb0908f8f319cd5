package app.mitra.insights.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.mitra.insights.InsightsReport.Day;
import app.mitra.insights.InsightsReport.Escalation;
import app.mitra.insights.InsightsReport.Tolerance;
import app.mitra.insights.InsightsReport.Window;
import app.mitra.insights.internal.Pairing.PairedDose;
import app.mitra.insights.internal.Statistics.Interval;

/**
 * Tolerance as two observable patterns: relief per amount falling from one 30-day window to the next
 * (the least-squares slope across windows with a t interval: a window is a mean of many doses, so
 * its value is steady), and daily totals rising (the Theil-Sen slope over days of use, in mg per 30
 * days). Either is a signal when its interval leaves out 0 on the side of tolerance; a rise must also
 * amount to a fifth of the usual daily total over the range, so years of data do not call a drift of
 * a few milligrams.
 */
public final class Tolerances {

    public static final int WINDOW_DAYS = 30;
    static final int MIN_WINDOWS = 3;
    static final int MIN_DAYS_USED = 14;
    static final double MIN_RISE_SHARE = 0.2;

    private Tolerances() {
    }

    public static Tolerance of(Days days, List<PairedDose> paired, Basis basis, List<Day> daily) {
        List<Window> windows = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        int n = 0;
        int pair = 0;
        for (int start = 0, w = 0; start < days.count(); start += WINDOW_DAYS, w++) {
            int end = Math.min(start + WINDOW_DAYS, days.count());
            double relief = 0;
            double units = 0;
            int count = 0;
            while (pair < paired.size() && paired.get(pair).dose().takenAt() < days.starts()[end]) {
                PairedDose p = paired.get(pair++);
                if (p.dose().takenAt() >= days.starts()[start]) {
                    relief += p.relief();
                    units += basis.mg(p.dose()) / basis.perMg();
                    count++;
                }
            }
            boolean enough = count >= Statistics.MIN_PAIRS && units > 0;
            Double value = enough ? Comparisons.round(relief / units) : null;
            windows.add(new Window(days.date(start), days.date(end - 1), count, value));
            if (enough) {
                points.add(new double[] {w, relief / units});
                n += count;
            }
        }
        Optional<Interval> slope = points.size() < MIN_WINDOWS ? Optional.empty()
                : Statistics.leastSquares(points.stream().mapToDouble(p -> p[0]).toArray(),
                        points.stream().mapToDouble(p -> p[1]).toArray());
        Escalation escalation = escalation(daily);
        boolean falling = slope.map(s -> s.high() < 0).orElse(false);
        return new Tolerance(falling || escalation.rising(), slope.map(s -> Comparisons.round(s.value())).orElse(null),
                slope.map(s -> Comparisons.round(s.low())).orElse(null),
                slope.map(s -> Comparisons.round(s.high())).orElse(null), slope.isPresent() ? n : 0,
                slope.isEmpty(), Statistics.LEAST_SQUARES, basis.code(), basis.perMg(), windows, escalation);
    }

    static Escalation escalation(List<Day> daily) {
        List<double[]> used = new ArrayList<>();
        for (int i = 0; i < daily.size(); i++) {
            if (daily.get(i).doses() > 0) {
                used.add(new double[] {i, daily.get(i).materialMg()});
            }
        }
        double[] day = used.stream().mapToDouble(u -> u[0]).toArray();
        double[] total = used.stream().mapToDouble(u -> u[1]).toArray();
        Optional<Interval> slope = used.size() < MIN_DAYS_USED ? Optional.empty()
                : Statistics.theilSen(day, total, Comparisons.seed("escalation"));
        boolean rising = slope.map(s -> s.low() > 0
                && s.value() * (day[day.length - 1] - day[0]) >= MIN_RISE_SHARE * Statistics.median(total))
                .orElse(false);
        return new Escalation(rising, slope.map(s -> Comparisons.round(s.value() * WINDOW_DAYS)).orElse(null),
                slope.map(s -> Comparisons.round(s.low() * WINDOW_DAYS)).orElse(null),
                slope.map(s -> Comparisons.round(s.high() * WINDOW_DAYS)).orElse(null), used.size(), slope.isEmpty(),
                Statistics.THEIL_SEN);
    }
}
