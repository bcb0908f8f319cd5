package app.mitra.insights.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import app.mitra.insights.InsightsReport.Correlation;
import app.mitra.insights.InsightsReport.Day;
import app.mitra.insights.InsightsReport.Week;
import app.mitra.insights.internal.Statistics.Interval;
import app.mitra.journal.CheckInFigures;
import app.mitra.journal.DoseFigures;

/**
 * Day-by-day figures (pain from momentary ratings; mood, energy, sleep and anxiety from every check-in
 * that rates them), weekly PEG means, and rank correlations between a day's total and the next day.
 */
public final class Trends {

    private Trends() {
    }

    /** Every day of the range; rows outside it are left out. Both lists oldest first. */
    public static List<Day> daily(Days days, List<CheckInFigures> checkIns, List<DoseFigures> doses) {
        int count = days.count();
        DayTotals[] totals = new DayTotals[count];
        for (int i = 0; i < count; i++) {
            totals[i] = new DayTotals();
        }
        int hint = 0;
        for (CheckInFigures c : checkIns) {
            int i = days.indexOf(c.takenAt(), hint);
            if (i >= 0) {
                totals[i].add(c);
                hint = i;
            }
        }
        hint = 0;
        for (DoseFigures d : doses) {
            int i = days.indexOf(d.takenAt(), hint);
            if (i >= 0) {
                totals[i].add(d);
                hint = i;
            }
        }
        List<Day> daily = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            daily.add(totals[i].day(days.date(i)));
        }
        return daily;
    }

    /** PEG check-ins by week (Monday first), oldest week first. */
    public static List<Week> weeklyPeg(Days days, List<CheckInFigures> checkIns, java.time.ZoneId zone) {
        Map<LocalDate, double[]> weeks = new TreeMap<>();
        for (CheckInFigures c : checkIns) {
            if (!c.momentary() && c.takenAt() >= days.from() && c.takenAt() < days.to()) {
                LocalDate monday = java.time.Instant.ofEpochMilli(c.takenAt()).atZone(zone).toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                double[] sum = weeks.computeIfAbsent(monday, any -> new double[2]);
                sum[0] += c.peg();
                sum[1]++;
            }
        }
        return weeks.entrySet().stream().map(e -> new Week(e.getKey(),
                Math.round(e.getValue()[0] / e.getValue()[1] * 10) / 10.0, (int) e.getValue()[1])).toList();
    }

    /** Spearman's rho between a logged day's material total and the next day's pain, mood and sleep. */
    public static List<Correlation> correlations(List<Day> daily) {
        return List.of(nextDay("pain", daily, Day::painMean), nextDay("mood", daily, Day::mood),
                nextDay("sleepQuality", daily, Day::sleepQuality));
    }

    private static Correlation nextDay(String measure, List<Day> daily, Function<Day, Double> next) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < daily.size(); i++) {
            Day day = daily.get(i);
            Double value = next.apply(daily.get(i + 1));
            // A day with nothing logged may be a day the journal was not used, not a day without kratom.
            if ((day.checkIns() > 0 || day.doses() > 0) && value != null) {
                pairs.add(new double[] {day.materialMg(), value});
            }
        }
        Optional<Interval> rho = Statistics.spearman(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
        return new Correlation(measure, pairs.size(), rho.map(r -> Comparisons.round(r.value())).orElse(null),
                rho.map(r -> Comparisons.round(r.low())).orElse(null),
                rho.map(r -> Comparisons.round(r.high())).orElse(null), rho.isEmpty(), Statistics.SPEARMAN);
    }

    /** Running sums of one day. */
    private static final class DayTotals {
        private int checkIns;
        private int painCount;
        private int painSum;
        private int painMin = Integer.MAX_VALUE;
        private int painMax = Integer.MIN_VALUE;
        private final Scale mood = new Scale();
        private final Scale energy = new Scale();
        private final Scale sleep = new Scale();
        private final Scale anxiety = new Scale();
        private int doses;
        private long materialMg;
        private double mitragynineMg;
        private boolean mitragynineKnown = true;

        void add(CheckInFigures c) {
            checkIns++;
            if (c.momentary()) {
                painCount++;
                painSum += c.pain();
                painMin = Math.min(painMin, c.pain());
                painMax = Math.max(painMax, c.pain());
            }
            mood.add(c.mood());
            energy.add(c.energy());
            sleep.add(c.sleepQuality());
            anxiety.add(c.anxiety());
        }

        void add(DoseFigures d) {
            doses++;
            materialMg += d.materialMg();
            if (d.mitragynineMg() == null) {
                mitragynineKnown = false;
            } else {
                mitragynineMg += d.mitragynineMg();
            }
        }

        Day day(LocalDate date) {
            boolean pain = painCount > 0;
            return new Day(date, pain ? Math.round(painSum * 10.0 / painCount) / 10.0 : null,
                    pain ? painMin : null, pain ? painMax : null, checkIns, doses, materialMg,
                    mitragynineKnown ? Comparisons.round(mitragynineMg) : null, mood.mean(), energy.mean(),
                    sleep.mean(), anxiety.mean());
        }
    }

    private static final class Scale {
        private int count;
        private int sum;

        void add(Integer value) {
            if (value != null) {
                count++;
                sum += value;
            }
        }

        Double mean() {
            return count == 0 ? null : Math.round(sum * 10.0 / count) / 10.0;
        }
    }
}
