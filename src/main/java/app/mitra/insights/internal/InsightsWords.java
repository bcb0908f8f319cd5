package app.mitra.insights.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import app.mitra.insights.InsightsReport;
import app.mitra.insights.InsightsReport.Correlation;
import app.mitra.insights.InsightsReport.Day;
import app.mitra.insights.InsightsReport.Difference;
import app.mitra.insights.InsightsReport.DoseResponse;
import app.mitra.insights.InsightsReport.Escalation;
import app.mitra.insights.InsightsReport.GroupRelief;
import app.mitra.insights.InsightsReport.ReliefPerDose;
import app.mitra.insights.InsightsReport.Tolerance;
import app.mitra.insights.InsightsReport.Trend;
import app.mitra.insights.InsightsReport.Week;

/**
 * The Insights screen in plain words. Each panel leads with one sentence a tired person can take in,
 * with how many entries it rests on; a few more follow, and the interval, method and statistic sit
 * behind "How this was worked out". The words never say more than the 95% interval allows: an
 * interval that includes 0 reads "no clear change" or "no clear difference", whatever the average.
 * An empty panel says what to log to fill it. No sentence reads as advice on how much to take.
 */
final class InsightsWords {

    /** A panel's leading sentence, the sentences after it, and how it was worked out. */
    record Panel(String lead, List<String> lines, List<String> how) {
    }

    /** Strains or forms compared, shown under the products when there are two or more of them. */
    record Grouping(String title, List<String> lines) {
    }

    record Words(Panel relief, Panel products, List<Grouping> otherGroupings, Panel doseResponse, Panel tolerance,
            Panel pain, Panel amounts, Panel scales, Panel peg, Panel correlations) {
    }

    /** The statistics' method names, as the API gives them, and their words on the screen. */
    private static final Map<String, String> METHODS = Map.of(Statistics.BOOTSTRAP, "insights.method.bootstrap",
            Statistics.NORMAL, "insights.method.normal", Statistics.BOOTSTRAP_DIFFERENCE,
            "insights.method.bootstrapDifference", Statistics.WELCH, "insights.method.welch", Statistics.THEIL_SEN,
            "insights.method.theilSen", Statistics.SPEARMAN, "insights.method.spearman", Statistics.LEAST_SQUARES,
            "insights.method.leastSquares");

    private final MessageSource messages;
    private final Locale locale;

    InsightsWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Words of(InsightsReport report) {
        List<Grouping> others = new ArrayList<>();
        grouping("insights.byStrain", report.byStrain(), differences(report, "strain")).ifPresent(others::add);
        grouping("insights.byForm", report.byForm(), differences(report, "form")).ifPresent(others::add);
        return new Words(relief(report.reliefPerDose()), products(report), others, doseResponse(report.doseResponse()),
                tolerance(report.tolerance()), pain(report.daily()), amounts(report.daily()), scales(report.daily()),
                peg(report.weeklyPeg()), correlations(report.correlations()));
    }

    private Panel relief(ReliefPerDose r) {
        List<String> lines = new ArrayList<>();
        List<String> how = new ArrayList<>(List.of(text("insights.how.relief")));
        String lead;
        if (r.insufficient()) {
            lead = text("insights.relief.notEnough", r.n(), Statistics.MIN_PAIRS);
            lines.add(text("insights.relief.toLog"));
        } else {
            lead = direction(r.ciLow(), r.ciHigh(), text("insights.relief.lower", points(r.meanRelief()), r.n()),
                    text("insights.relief.higher", points(r.meanRelief()), r.n()), text("insights.relief.unclear", r.n()));
            if (r.medianMinutesToLowest() != null) {
                lines.add(text("insights.relief.lowest", r.medianMinutesToLowest()));
            }
            how.add(text("insights.how.mean", one(r.meanRelief()), one(r.ciLow()), one(r.ciHigh()), method(r.method())));
        }
        if (r.unpaired() > 0) {
            lines.add(text("insights.relief.unpaired", r.unpaired()));
        }
        how.add(text("insights.how.pairs", r.n(), r.unpaired()));
        how.add(text("insights.how.called"));
        return new Panel(lead, lines, how);
    }

    private Panel products(InsightsReport report) {
        List<GroupRelief> groups = report.byProduct();
        List<Difference> differences = differences(report, "product");
        List<GroupRelief> enough = groups.stream().filter(g -> !g.insufficient()).toList();
        Optional<Difference> biggest = differences.stream().filter(Difference::called)
                .max(Comparator.comparingDouble(Difference::difference));
        String lead;
        List<String> lines = new ArrayList<>();
        if (groups.isEmpty()) {
            lead = text("insights.products.none");
            lines.add(text("insights.products.toLog"));
        } else if (enough.isEmpty()) {
            lead = text("insights.products.notEnough");
            lines.add(text("insights.products.eachNeeds", Statistics.MIN_PAIRS));
        } else if (enough.size() == 1) {
            lead = text("insights.products.onlyOne", enough.get(0).name(), enough.get(0).n(), Statistics.MIN_PAIRS);
        } else if (biggest.isPresent()) {
            Difference d = biggest.get();
            lead = text("insights.products.called", d.higher(), points(d.difference()), d.lower(),
                    n(groups, d.higher()) + n(groups, d.lower()));
        } else {
            lead = text("insights.products.noClearDifference", enough.stream().mapToInt(GroupRelief::n).sum());
        }
        groups.forEach(g -> lines.add(group(g)));
        // The difference that leads is not said twice.
        differences.stream().filter(d -> biggest.map(b -> b != d).orElse(true)).forEach(d -> lines.add(difference(d)));
        List<String> how = new ArrayList<>(List.of(text("insights.how.groups", Statistics.MIN_PAIRS)));
        for (String grouping : List.of("product", "strain", "form")) {
            differences(report, grouping).forEach(d -> how.add(text("insights.how.difference", d.higher(), d.lower(),
                    one(d.difference()), one(d.ciLow()), one(d.ciHigh()), method(d.method()))));
        }
        how.add(text("insights.how.called"));
        return new Panel(lead, lines, how);
    }

    /** Strains or forms, when there are two or more to compare: each one's sentence, then their differences. */
    private Optional<Grouping> grouping(String title, List<GroupRelief> groups, List<Difference> differences) {
        if (groups.size() < 2) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        groups.forEach(g -> lines.add(group(g)));
        differences.forEach(d -> lines.add(difference(d)));
        return Optional.of(new Grouping(text(title), lines));
    }

    private String group(GroupRelief g) {
        if (g.insufficient()) {
            return text("insights.group.notEnough", g.name(), g.n(), Statistics.MIN_PAIRS);
        }
        return direction(g.ciLow(), g.ciHigh(), text("insights.group.lower", g.name(), points(g.meanRelief()), g.n()),
                text("insights.group.higher", g.name(), points(g.meanRelief()), g.n()),
                text("insights.group.unclear", g.name(), g.n()));
    }

    private String difference(Difference d) {
        return d.called() ? text("insights.difference.called", d.higher(), points(d.difference()), d.lower())
                : text("insights.difference.unclear", d.higher(), d.lower());
    }

    private Panel doseResponse(DoseResponse r) {
        Trend t = r.trend();
        String unit = unit(r.basis());
        List<String> lines = new ArrayList<>();
        List<String> how = new ArrayList<>(List.of(text("materialMg".equals(r.basis()) ? "insights.how.basisMaterial"
                : "insights.how.basisMitragynine")));
        String lead;
        if (t.insufficient()) {
            lead = t.n() < Statistics.MIN_PAIRS ? text("insights.doseResponse.notEnough", t.n(), Statistics.MIN_PAIRS)
                    : text("insights.doseResponse.sameSize", t.n());
            lines.add(text("insights.doseResponse.toLog"));
        } else {
            String unclear = text("insights.doseResponse.unclear", t.n());
            lead = direction(t.ciLow(), t.ciHigh(), text("insights.doseResponse.more", points(t.slope()), unit, t.n()),
                    text("insights.doseResponse.less", points(t.slope()), unit, t.n()), unclear);
            if (!lead.equals(unclear)) {
                lines.add(text("insights.doseResponse.notAdvice"));
            }
            how.add(text("insights.how.trend", unit, two(t.slope()), two(t.ciLow()), two(t.ciHigh()), method(t.method())));
        }
        how.add(text("insights.how.bins", Statistics.MIN_PAIRS));
        return new Panel(lead, lines, how);
    }

    private Panel tolerance(Tolerance t) {
        String unit = unit(t.basis());
        long counted = t.windows().stream().filter(w -> w.reliefPerAmount() != null).count();
        String relief = t.insufficient()
                ? text("insights.tolerance.notEnough", unit, counted, Tolerances.MIN_WINDOWS)
                : direction(t.ciLow(), t.ciHigh(), text("insights.tolerance.more", unit, t.n(), counted),
                        text("insights.tolerance.less", unit, t.n(), counted),
                        text("insights.tolerance.unclear", unit, t.n(), counted));
        Escalation e = t.escalation();
        String escalation;
        if (e.insufficient()) {
            escalation = text("insights.escalation.notEnough", e.n(), Tolerances.MIN_DAYS_USED);
        } else if (e.rising()) {
            escalation = text("insights.escalation.rising", amount(e.slopeMgPer30Days()), e.n());
        } else {
            escalation = direction(e.ciLow(), e.ciHigh(),
                    text("insights.escalation.slightly", amount(e.slopeMgPer30Days()), e.n()),
                    text("insights.escalation.falling", amount(e.slopeMgPer30Days()), e.n()),
                    text("insights.escalation.unclear", e.n()));
        }
        boolean reliefFalling = !t.insufficient() && t.ciHigh() < 0;
        // What looks like tolerance leads; a rising amount leads only when relief per amount does not fall.
        boolean escalationFirst = e.rising() && !reliefFalling;
        List<String> how = new ArrayList<>(List.of(text("insights.how.tolerance", unit, Statistics.MIN_PAIRS)));
        if (!t.insufficient()) {
            how.add(text("insights.how.toleranceSlope", two(t.slope()), two(t.ciLow()), two(t.ciHigh()), method(t.method())));
        }
        if (!e.insufficient()) {
            how.add(text("insights.how.escalation", whole(e.slopeMgPer30Days()), whole(e.ciLow()), whole(e.ciHigh()),
                    method(e.method())));
        }
        List<String> lines = new ArrayList<>(List.of(escalationFirst ? relief : escalation));
        if (t.insufficient()) {
            lines.add(0, text("insights.tolerance.toLog", Statistics.MIN_PAIRS));
        }
        return new Panel(escalationFirst ? escalation : relief, lines, how);
    }

    private Panel pain(List<Day> days) {
        List<Day> rated = days.stream().filter(d -> d.painMean() != null).toList();
        if (rated.isEmpty()) {
            return new Panel(text("insights.pain.none"), List.of(text("insights.pain.toLog")),
                    List.of(text("insights.how.pain")));
        }
        double mean = rated.stream().mapToDouble(Day::painMean).average().orElseThrow();
        int lowest = rated.stream().mapToInt(Day::painMin).min().orElseThrow();
        int highest = rated.stream().mapToInt(Day::painMax).max().orElseThrow();
        return new Panel(text("insights.pain.summary", rated.size(), days.size(), one(mean), lowest, highest),
                rated.size() < InsightsCharts.MIN_POINTS ? List.of(text("insights.pain.chartStarts", InsightsCharts.MIN_POINTS))
                        : List.of(),
                List.of(text("insights.how.pain")));
    }

    private Panel amounts(List<Day> days) {
        List<Day> used = days.stream().filter(d -> d.doses() > 0).toList();
        if (used.isEmpty()) {
            return new Panel(text("insights.amounts.none"), List.of(text("insights.amounts.toLog")),
                    List.of(text("insights.how.amounts")));
        }
        int doses = used.stream().mapToInt(Day::doses).sum();
        double grams = used.stream().mapToLong(Day::materialMg).average().orElseThrow() / 1000;
        return new Panel(text("insights.amounts.summary", used.size(), days.size(), doses, one(grams)),
                used.size() < InsightsCharts.MIN_POINTS
                        ? List.of(text("insights.amounts.chartStarts", InsightsCharts.MIN_POINTS)) : List.of(),
                List.of(text("insights.how.amounts")));
    }

    private Panel scales(List<Day> days) {
        List<Function<Day, Double>> scales = List.of(Day::mood, Day::energy, Day::sleepQuality, Day::anxiety);
        long rated = days.stream().filter(d -> scales.stream().anyMatch(s -> s.apply(d) != null)).count();
        if (rated == 0) {
            return new Panel(text("insights.scales.none"), List.of(text("insights.scales.toLog")),
                    List.of(text("insights.how.scales", InsightsCharts.MIN_POINTS)));
        }
        boolean drawn = scales.stream().anyMatch(s -> InsightsCharts.count(days, s) >= InsightsCharts.MIN_POINTS);
        return new Panel(text("insights.scales.summary", rated, days.size()),
                drawn ? List.of() : List.of(text("insights.scales.chartStarts", InsightsCharts.MIN_POINTS)),
                List.of(text("insights.how.scales", InsightsCharts.MIN_POINTS)));
    }

    private Panel peg(List<Week> weeks) {
        List<String> how = List.of(text("insights.how.peg"));
        if (weeks.isEmpty()) {
            return new Panel(text("insights.peg.none"), List.of(text("insights.peg.toLog")), how);
        }
        List<String> lines = weeks.size() < InsightsCharts.MIN_POINTS
                ? List.of(text("insights.peg.chartStarts", InsightsCharts.MIN_POINTS)) : List.of();
        String first = one(weeks.get(0).peg());
        String last = one(weeks.get(weeks.size() - 1).peg());
        String lead = weeks.size() == 1 ? text("insights.peg.one", first)
                : first.equals(last) ? text("insights.peg.same", first, weeks.size())
                : text("insights.peg.summary", first, last, weeks.size());
        return new Panel(lead, lines, how);
    }

    private Panel correlations(List<Correlation> correlations) {
        List<String> how = new ArrayList<>(List.of(text("insights.how.nextDay")));
        correlations.stream().filter(c -> !c.insufficient()).forEach(c -> how.add(text("insights.how.correlation",
                measure(c), two(c.rho()), two(c.ciLow()), two(c.ciHigh()), c.n(), method(c.method()))));
        if (correlations.stream().allMatch(Correlation::insufficient)) {
            int most = correlations.stream().mapToInt(Correlation::n).max().orElse(0);
            return new Panel(text("insights.nextDay.notEnough", most, Statistics.MIN_CORRELATION_PAIRS),
                    List.of(text("insights.nextDay.toLog")), how);
        }
        List<String> sentences = correlations.stream().map(c -> c.insufficient()
                ? text("insights.nextDay.measureNotEnough", measure(c), c.n(), Statistics.MIN_CORRELATION_PAIRS)
                : direction(c.ciLow(), c.ciHigh(), text("insights.nextDay.higher", measure(c), c.n()),
                        text("insights.nextDay.lower", measure(c), c.n()),
                        text("insights.nextDay.unclear", measure(c), c.n())))
                .toList();
        return new Panel(sentences.get(0), sentences.subList(1, sentences.size()), how);
    }

    /** The sentence an interval allows: above 0, below 0, or no clear direction when it includes 0. */
    private static String direction(Double low, Double high, String above, String below, String unclear) {
        if (low != null && low > 0) {
            return above;
        }
        return high != null && high < 0 ? below : unclear;
    }

    private List<Difference> differences(InsightsReport report, String grouping) {
        return report.differences().stream().filter(d -> grouping.equals(d.grouping())).toList();
    }

    private static int n(List<GroupRelief> groups, String name) {
        return groups.stream().filter(g -> g.name().equals(name)).mapToInt(GroupRelief::n).sum();
    }

    private String measure(Correlation c) {
        return text("insights.measure." + c.measure());
    }

    private String unit(String basis) {
        return text("materialMg".equals(basis) ? "insights.unit.gram" : "insights.unit.mitragynine");
    }

    private String method(String method) {
        return text(Objects.requireNonNull(METHODS.get(method), method));
    }

    /** A size of change without its sign (the sentence says which way), never "0.0" for a called change. */
    private String points(double value) {
        String shown = one(Math.abs(value));
        return one(0).equals(shown) ? text("insights.lessThanATenth") : shown;
    }

    /** An amount per day in mg, or in g from a gram up. */
    private String amount(double mg) {
        double size = Math.abs(mg);
        return size >= 1000 ? text("insights.amount.grams", one(size / 1000))
                : text("insights.amount.mg", whole(size));
    }

    private String one(double value) {
        return decimals(value, 1);
    }

    private String two(double value) {
        return decimals(value, 2);
    }

    /** Rounded first, so a value just below 0 reads 0.0, never -0.0. */
    private String decimals(double value, int places) {
        double scale = Math.pow(10, places);
        double rounded = Math.round(value * scale) / scale;
        return String.format(locale, "%." + places + "f", rounded == 0 ? 0.0 : rounded);
    }

    private String whole(double value) {
        return String.format(locale, "%,d", Math.round(value));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
