package app.mitra.insights;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import app.mitra.common.Checks;

/**
 * The days an insights answer covers, both inclusive, in the person's zone. {@code from} and {@code to}
 * take a date or an instant (its day in the zone); without {@code to} it ends today, without
 * {@code from} it covers the 90 days up to {@code to} (on the screen: from the journal's first day,
 * when that is later). At most ten years.
 */
public record InsightsRange(LocalDate from, LocalDate to) {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 3660;

    public static InsightsRange parse(String from, String to, ZoneId zone, LocalDate today) {
        return parse(from, to, zone, today, null);
    }

    /**
     * As {@link #parse(String, String, ZoneId, LocalDate)}, but a default range starts no earlier than
     * {@code firstDay} (null: unknown), so a young journal's charts have no empty weeks before it began.
     */
    public static InsightsRange parse(String from, String to, ZoneId zone, LocalDate today, LocalDate firstDay) {
        LocalDate last = day(to, zone);
        LocalDate first = day(from, zone);
        Checks checks = new Checks();
        checks.require(!(to != null && !to.isBlank() && last == null), "to", "must be a date (2026-03-01) or a time with offset")
                .require(!(from != null && !from.isBlank() && first == null), "from",
                        "must be a date (2026-03-01) or a time with offset");
        checks.orThrow();
        last = last == null ? today : last;
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1L);
            if (firstDay != null && firstDay.isAfter(first) && !firstDay.isAfter(last)) {
                first = firstDay;
            }
        }
        checks.require(!first.isAfter(last), "to", "must not be before from")
                .require(last.toEpochDay() - first.toEpochDay() < MAX_DAYS, "from", "the range is at most 3660 days");
        checks.orThrow();
        return new InsightsRange(first, last);
    }

    private static LocalDate day(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return text.length() == 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
