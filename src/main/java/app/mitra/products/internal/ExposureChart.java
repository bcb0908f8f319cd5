package app.mitra.products.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import app.mitra.products.Element;
import app.mitra.products.ExposureDay;
import app.mitra.products.internal.ContaminantLimits.Limit;

/**
 * One element's daily exposure drawn as a server-side SVG bar chart (no script), with the limit as a
 * line, and the same figures as rows for the table beside it. Coordinates are in the SVG's own units.
 */
record ExposureChart(Element element, Limit limit, List<Bar> bars, double limitY, LocalDate from, LocalDate to,
        List<ExposureDay> rows) {

    static final int WIDTH = 360;
    static final int HEIGHT = 150;
    static final int TOP = 8;

    /** A bar for one day; {@code over} when the day went above the limit. */
    record Bar(double x, double y, double width, double height, boolean over, boolean complete, LocalDate date,
            String ug) {
    }

    static ExposureChart of(Element element, Limit limit, List<ExposureDay> days, LocalDate from, LocalDate to) {
        List<ExposureDay> rows = days.stream().filter(day -> day.element() == element).toList();
        double highest = rows.stream().mapToDouble(ExposureDay::ugTaken).max().orElse(0);
        double top = Math.max(limit.limit() * 1.25, highest * 1.1);
        long span = ChronoUnit.DAYS.between(from, to) + 1;
        double slot = (double) WIDTH / span;
        double plot = HEIGHT - TOP;
        List<Bar> bars = rows.stream().map(day -> {
            double height = day.ugTaken() / top * plot;
            double x = ChronoUnit.DAYS.between(from, day.date()) * slot;
            return new Bar(round(x + slot * 0.15), round(HEIGHT - height), round(Math.max(slot * 0.7, 1)),
                    round(height), day.ugTaken() > limit.limit(), day.complete(), day.date(),
                    Evaluator.plain(day.ugTaken()));
        }).toList();
        return new ExposureChart(element, limit, bars, round(HEIGHT - limit.limit() / top * plot), from, to, rows);
    }

    /** The day with the most taken, or null when no day has any of this element on record. */
    public ExposureDay highest() {
        return rows.stream().filter(day -> day.ugTaken() > 0).max(java.util.Comparator.comparingDouble(ExposureDay::ugTaken))
                .orElse(null);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
