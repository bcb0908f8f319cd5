package app.mitra.insights.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import app.mitra.insights.InsightsReport;
import app.mitra.insights.InsightsReport.Bin;
import app.mitra.insights.InsightsReport.Day;
import app.mitra.insights.InsightsReport.GroupRelief;
import app.mitra.insights.InsightsReport.Week;
import app.mitra.insights.InsightsReport.Window;
import tools.jackson.databind.json.JsonMapper;

/**
 * The charts of the Insights screen as small JSON descriptions (labels and series) for
 * {@code static/js/insights.js}, which draws them with Chart.js. Each series names its style: an
 * interval drawn as a floating bar, a mean as a point, a line or bars. Every chart has one y axis and
 * a data table beside it in the page, so nothing is shown only as a picture. A chart with too little
 * to show is left out (the panel says in words what would fill it): a line needs {@link #MIN_POINTS}
 * points and a comparison {@link #MIN_GROUPS} groups.
 */
final class InsightsCharts {

    /** Fewer points than this make a line that suggests a trend two dots cannot show. */
    static final int MIN_POINTS = 3;
    /** A comparison of one group with nothing is not a chart. */
    static final int MIN_GROUPS = 2;
    /** Longer ranges label their days with the month and year: day and month would repeat. */
    private static final int SHORT_LABEL_DAYS = 366;

    private final MessageSource messages;
    private final Locale locale;
    private final JsonMapper json;

    InsightsCharts(MessageSource messages, Locale locale, JsonMapper json) {
        this.messages = messages;
        this.locale = locale;
        this.json = json;
    }

    record Series(String label, String style, List<? extends Object> data) {
    }

    /** {@code scale10}: the y axis runs 0 to 10 (pain and the other 0-10 ratings). */
    record Chart(List<String> labels, List<Series> series, String yTitle, boolean scale10) {
    }

    /** Every chart by name: its JSON, or null when there is too little to draw it. */
    Map<String, String> all(InsightsReport report) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(text(report.daily().size() > SHORT_LABEL_DAYS
                ? "format.monthYear" : "format.shortDay"), locale);
        Map<String, String> charts = new LinkedHashMap<>();
        put(charts, "products", relief(report.byProduct()));
        put(charts, "doseResponse", doseResponse(report));
        put(charts, "tolerance", report.tolerance().insufficient() ? null : tolerance(report.tolerance().windows(), day));
        put(charts, "pain", pain(report.daily(), day));
        put(charts, "amounts", amounts(report.daily(), day));
        put(charts, "scales", scales(report.daily(), day));
        put(charts, "peg", peg(report.weeklyPeg(), day));
        return charts;
    }

    private void put(Map<String, String> charts, String name, Chart chart) {
        charts.put(name, chart == null ? null : json.writeValueAsString(chart));
    }

    private Chart relief(List<GroupRelief> groups) {
        List<GroupRelief> shown = groups.stream().filter(g -> !g.insufficient()).toList();
        if (shown.size() < MIN_GROUPS) {
            return null;
        }
        return new Chart(shown.stream().map(GroupRelief::name).toList(), List.of(
                new Series(text("insights.chart.interval"), "interval",
                        shown.stream().map(g -> List.of(g.ciLow(), g.ciHigh())).toList()),
                new Series(text("insights.chart.meanRelief"), "mean", shown.stream().map(GroupRelief::meanRelief).toList())),
                text("insights.chart.reliefPoints"), false);
    }

    private Chart doseResponse(InsightsReport report) {
        boolean grams = "materialMg".equals(report.doseResponse().basis());
        List<Bin> bins = report.doseResponse().bins().stream().filter(b -> !b.insufficient()).toList();
        if (bins.size() < MIN_GROUPS) {
            return null;
        }
        Function<Bin, String> label = b -> grams
                ? text("insights.bin.grams", grams(b.from()), grams(b.to()))
                : text("insights.bin.mg", whole(b.from()), whole(b.to()));
        return new Chart(bins.stream().map(label).toList(), List.of(
                new Series(text("insights.chart.interval"), "interval",
                        bins.stream().map(b -> List.of(b.ciLow(), b.ciHigh())).toList()),
                new Series(text("insights.chart.meanRelief"), "mean", bins.stream().map(Bin::meanRelief).toList())),
                text("insights.chart.reliefPoints"), false);
    }

    private Chart tolerance(List<Window> windows, DateTimeFormatter day) {
        List<Window> counted = windows.stream().filter(w -> w.reliefPerAmount() != null).toList();
        return new Chart(counted.stream().map(w -> w.from().format(day)).toList(), List.of(
                new Series(text("insights.chart.reliefPerAmount"), "line",
                        counted.stream().map(Window::reliefPerAmount).toList())),
                text("insights.chart.reliefPerAmount"), false);
    }

    private Chart pain(List<Day> days, DateTimeFormatter day) {
        if (count(days, Day::painMean) < MIN_POINTS) {
            return null;
        }
        return new Chart(dates(days, day), List.of(
                new Series(text("insights.chart.painMax"), "faint", days.stream().map(Day::painMax).toList()),
                new Series(text("insights.chart.painMean"), "line", days.stream().map(Day::painMean).toList()),
                new Series(text("insights.chart.painMin"), "faint", days.stream().map(Day::painMin).toList())),
                text("insights.chart.painScale"), true);
    }

    /** Grams only: doses per day are in the sentence and the table, so the chart keeps one axis. */
    private Chart amounts(List<Day> days, DateTimeFormatter day) {
        if (days.stream().filter(d -> d.doses() > 0).count() < MIN_POINTS) {
            return null;
        }
        return new Chart(dates(days, day), List.of(
                new Series(text("insights.chart.grams"), "bar", days.stream().map(d -> d.materialMg() / 1000.0).toList())),
                text("insights.chart.grams"), false);
    }

    private Chart scales(List<Day> days, DateTimeFormatter day) {
        List<Series> series = new ArrayList<>();
        scale(series, "insights.mood", days, Day::mood);
        scale(series, "insights.energy", days, Day::energy);
        scale(series, "insights.sleep", days, Day::sleepQuality);
        scale(series, "insights.anxiety", days, Day::anxiety);
        return series.isEmpty() ? null : new Chart(dates(days, day), series, text("insights.chart.painScale"), true);
    }

    /** A scale rated on too few days stays out of the chart (its figures stay in the table). */
    private void scale(List<Series> series, String key, List<Day> days, Function<Day, Double> value) {
        if (count(days, value) >= MIN_POINTS) {
            series.add(new Series(text(key), "line", days.stream().map(value).toList()));
        }
    }

    private Chart peg(List<Week> weeks, DateTimeFormatter day) {
        if (weeks.size() < MIN_POINTS) {
            return null;
        }
        return new Chart(weeks.stream().map(w -> w.weekOf().format(day)).toList(), List.of(
                new Series(text("insights.chart.peg"), "line", weeks.stream().map(Week::peg).toList())),
                text("insights.chart.painScale"), true);
    }

    static long count(List<Day> days, Function<Day, ?> value) {
        return days.stream().map(value).filter(Objects::nonNull).count();
    }

    private static List<String> dates(List<Day> days, DateTimeFormatter day) {
        return days.stream().map(Day::date).map((LocalDate d) -> d.format(day)).toList();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static String grams(double mg) {
        return String.format(Locale.ROOT, "%.1f", mg / 1000);
    }

    static String whole(double mg) {
        return Long.toString(Math.round(mg));
    }
}
