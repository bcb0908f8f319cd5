package app.mitra.insights.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days from {@code first} to {@code last} in a person's zone, as the epoch milliseconds at which
 * each begins (and one more: the end of the last). Rows sorted by time are put into days by walking
 * these bounds, with no date arithmetic per row.
 */
public record Days(LocalDate first, long[] starts) {

    public static Days of(LocalDate first, LocalDate last, ZoneId zone) {
        int count = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        long[] starts = new long[count + 1];
        for (int i = 0; i <= count; i++) {
            starts[i] = first.plusDays(i).atStartOfDay(zone).toInstant().toEpochMilli();
        }
        return new Days(first, starts);
    }

    public int count() {
        return starts.length - 1;
    }

    public LocalDate date(int index) {
        return first.plusDays(index);
    }

    public long from() {
        return starts[0];
    }

    public long to() {
        return starts[starts.length - 1];
    }

    /** The day of a time at or after the day {@code hint} (rows come oldest first); -1 outside the range. */
    public int indexOf(long at, int hint) {
        if (at < from() || at >= to()) {
            return -1;
        }
        int i = Math.max(hint, 0);
        while (starts[i + 1] <= at) {
            i++;
        }
        return i;
    }
}
