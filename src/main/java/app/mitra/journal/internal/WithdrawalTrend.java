package app.mitra.journal.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.mitra.journal.WithdrawalCheckIn;

/**
 * Recent withdrawal totals, oldest first, as bars of a small server-drawn SVG: geometry goes into
 * SVG attributes, never into inline style, so the strict Content-Security-Policy holds.
 */
record WithdrawalTrend(List<Bar> bars, int width, int height, int highest) {

    static final int CHART_HEIGHT = 64;
    static final int BAR_WIDTH = 16;
    static final int GAP = 6;

    /** One check-in's total; {@code y} and {@code barHeight} place its bar, the tallest filling the chart. */
    record Bar(LocalDateTime at, int total, int x, int y, int barHeight) {
    }

    static WithdrawalTrend of(List<WithdrawalCheckIn> newestFirst, ZoneId zone) {
        List<WithdrawalCheckIn> oldestFirst = newestFirst.stream()
                .sorted(Comparator.comparing(WithdrawalCheckIn::takenAt)).toList();
        int highest = oldestFirst.stream().mapToInt(WithdrawalCheckIn::total).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            WithdrawalCheckIn w = oldestFirst.get(i);
            // A total of 0 still shows a sliver, so "rated, nothing felt" differs from "no check-in".
            int barHeight = highest == 0 ? 1 : Math.max(1, Math.round((float) w.total() * CHART_HEIGHT / highest));
            bars.add(new Bar(w.takenAt().atZone(zone).toLocalDateTime(), w.total(), i * (BAR_WIDTH + GAP),
                    CHART_HEIGHT - barHeight, barHeight));
        }
        return new WithdrawalTrend(bars, Math.max(BAR_WIDTH, bars.size() * (BAR_WIDTH + GAP) - GAP), CHART_HEIGHT,
                highest);
    }

    public int barWidth() {
        return BAR_WIDTH;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
