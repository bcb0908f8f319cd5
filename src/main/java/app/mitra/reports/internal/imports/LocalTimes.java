package app.mitra.reports.internal.imports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as other apps write them. A time with an offset or a {@code Z} is exact; a local
 * time is read in the person's zone, as they lived it.
 */
final class LocalTimes {

    private static final Pattern ORDINAL_DATE = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{4})");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?");

    private LocalTimes() {
    }

    /** {@code 2025-03-03T08:05:00Z}, {@code ...+01:00} or a local {@code 2025-03-03T08:05:00.000}. */
    static Optional<Instant> iso(String text, ZoneId zone) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException offsetMissing) {
            try {
                return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    static Optional<LocalDate> isoDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Bearable's {@code 22nd Sep 2020}: a day with or without its ordinal suffix, an English month, a year. */
    static Optional<LocalDate> ordinalDate(String text) {
        Matcher m = ORDINAL_DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            String month = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(2).substring(1).toLowerCase(Locale.ROOT);
            return Optional.of(LocalDate.parse(m.group(1) + " " + month + " " + m.group(3),
                    DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code 3:04}, {@code 03:04}, {@code 23:32}, {@code 10:00 pm}. */
    static Optional<LocalTime> clock(String text) {
        Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        if (m.group(4) != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (m.group(4).equalsIgnoreCase("pm") ? 12 : 0);
        }
        try {
            return Optional.of(LocalTime.of(hour, Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone).toInstant();
    }
}
