package app.mitra.insights.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * interval drawn as a floating bar, a mean as a point, a line or bars. Every chart has a data table
 * beside it in the page, so nothing is shown only as a picture.
 */
final class InsightsCharts {

    private final MessageSource messages;
    private final Locale locale;
    private final JsonMapper json;

    InsightsCharts(MessageSource messages, Locale locale, JsonMapper json) {
        this.messages = messages;
        this.locale = locale;
        this.json = json;
    }

    record Series(String label, String style, String axis, List<? extends Object> data) {
    }

    /** {@code scale10}: the y axis runs 0 to 10 (pain and the other 0-10 ratings). */
    record Chart(List<String> labels, List<Series> series, String yTitle, String y2Title, boolean scale10) {

        Chart(List<String> labels, List<Series> series, String yTitle, String y2Title) {
            this(labels, series, yTitle, y2Title, false);
        }
    }

    Map<String, String> all(InsightsReport report) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("products", json.writeValueAsString(relief(report.byProduct())));
        charts.put("doseResponse", json.writeValueAsString(doseResponse(report)));
        charts.put("tolerance", json.writeValueAsString(tolerance(report.tolerance().windows())));
        charts.put("pain", json.writeValueAsString(pain(report.daily())));
        charts.put("amounts", json.writeValueAsString(amounts(report.daily())));
        charts.put("scales", json.writeValueAsString(scales(report.daily())));
        charts.put("peg", json.writeValueAsString(peg(report.weeklyPeg())));
        return charts;
    }

    private Chart relief(List<GroupRelief> groups) {
        List<GroupRelief> shown = groups.stream().filter(g -> !g.insufficient()).toList();
        return new Chart(shown.stream().map(GroupRelief::name).toList(), List.of(
                new Series(text("insights.chart.interval"), "interval", "y",
                        shown.stream().map(g -> List.of(g.ciLow(), g.ciHigh())).toList()),
                new Series(text("insights.chart.meanRelief"), "mean", "y",
                        shown.stream().map(GroupRelief::meanRelief).toList())),
                text("insights.chart.reliefPoints"), null);
    }

    private Chart doseResponse(InsightsReport report) {
        boolean grams = "materialMg".equals(report.doseResponse().basis());
        List<Bin> bins = report.doseResponse().bins().stream().filter(b -> !b.insufficient()).toList();
        Function<Bin, String> label = b -> grams
                ? text("insights.bin.grams", grams(b.from()), grams(b.to()))
                : text("insights.bin.mg", whole(b.from()), whole(b.to()));
        return new Chart(bins.stream().map(label).toList(), List.of(
                new Series(text("insights.chart.interval"), "interval", "y",
                        bins.stream().map(b -> List.of(b.ciLow(), b.ciHigh())).toList()),
                new Series(text("insights.chart.meanRelief"), "mean", "y",
                        bins.stream().map(Bin::meanRelief).toList())),
                text("insights.chart.reliefPoints"), null);
    }

    private Chart tolerance(List<Window> windows) {
        return new Chart(windows.stream().map(w -> w.from().toString()).toList(), List.of(
                new Series(text("insights.chart.reliefPerAmount"), "line", "y",
                        windows.stream().map(Window::reliefPerAmount).toList())),
                text("insights.chart.reliefPerAmount"), null);
    }

    private Chart pain(List<Day> days) {
        return new Chart(dates(days), List.of(
                new Series(text("insights.chart.painMax"), "faint", "y", days.stream().map(Day::painMax).toList()),
                new Series(text("insights.chart.painMean"), "line", "y", days.stream().map(Day::painMean).toList()),
                new Series(text("insights.chart.painMin"), "faint", "y", days.stream().map(Day::painMin).toList())),
                text("insights.chart.painScale"), null, true);
    }

    private Chart amounts(List<Day> days) {
        return new Chart(dates(days), List.of(
                new Series(text("insights.chart.grams"), "bar", "y",
                        days.stream().map(d -> d.materialMg() / 1000.0).toList()),
                new Series(text("insights.chart.doses"), "line", "y2", days.stream().map(Day::doses).toList())),
                text("insights.chart.grams"), text("insights.chart.doses"));
    }

    private Chart scales(List<Day> days) {
        List<Series> series = new ArrayList<>();
        series.add(new Series(text("insights.mood"), "line", "y", days.stream().map(Day::mood).toList()));
        series.add(new Series(text("insights.energy"), "line", "y", days.stream().map(Day::energy).toList()));
        series.add(new Series(text("insights.sleep"), "line", "y", days.stream().map(Day::sleepQuality).toList()));
        series.add(new Series(text("insights.anxiety"), "line", "y", days.stream().map(Day::anxiety).toList()));
        return new Chart(dates(days), series, text("insights.chart.painScale"), null, true);
    }

    private Chart peg(List<Week> weeks) {
        return new Chart(weeks.stream().map(w -> w.weekOf().toString()).toList(), List.of(
                new Series(text("insights.chart.peg"), "line", "y", weeks.stream().map(Week::peg).toList())),
                text("insights.chart.painScale"), null, true);
    }

    private static List<String> dates(List<Day> days) {
        return days.stream().map(d -> d.date().toString()).toList();
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
