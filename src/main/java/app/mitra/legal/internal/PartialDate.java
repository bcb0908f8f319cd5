package app.mitra.legal.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date the research gives with reduced precision ({@code 2014}, {@code 2016-02}, {@code 2026-03-02}).
 * A period's first day is when a rule is taken to start (the safer reading for a new ban) and its last
 * day is used for "how old is this source" (the kinder reading that does not call a 2024 row stale too early).
 */
record PartialDate(String text, LocalDate first, LocalDate last) {

    /** A year, month, day and a second day, or a half year: how the research writes expected dates. */
    private static final Pattern EXPECTED =
            Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:/(\\d{2}))?)?)?(?:\\s+H([12]))?\\b");

    static PartialDate parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate day = LocalDate.parse(text);
            return new PartialDate(text, day, day);
        }
        if (text.matches("\\d{4}-\\d{2}")) {
            YearMonth month = YearMonth.parse(text);
            return new PartialDate(text, month.atDay(1), month.atEndOfMonth());
        }
        if (text.matches("\\d{4}")) {
            int year = Integer.parseInt(text);
            return new PartialDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        throw new IllegalArgumentException(text + " is not a date like 2026-08-22, 2026-08 or 2026");
    }

    /**
     * The last day an announced change's free-text expectation can mean ({@code 2026-08 or later}: the end
     * of August 2026; {@code 2026 H2}: the end of 2026; {@code 2026-09-02/04}: the 4th), or empty when
     * it names no date ({@code unknown}). Once today is past it, the change may have happened.
     */
    static Optional<LocalDate> lastExpectedDay(String expected) {
        Matcher date = EXPECTED.matcher(expected == null ? "" : expected.trim());
        if (!date.lookingAt()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(date.group(1));
        if (date.group(2) == null) {
            return Optional.of("1".equals(date.group(5)) ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
        }
        try {
            YearMonth month = YearMonth.of(year, Integer.parseInt(date.group(2)));
            String day = date.group(4) != null ? date.group(4) : date.group(3);
            return Optional.of(day == null ? month.atEndOfMonth() : month.atDay(Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static boolean valid(String text) {
        try {
            parse(text);
            return text != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    boolean precise() {
        return first.equals(last);
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
