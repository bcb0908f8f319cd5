package app.mitra.legal.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date the research gives with reduced precision ({@code 2014}, {@code 2016-02}, {@code 2026-03-02}).
 * A period's first day is when a rule is taken to start (the safer reading for a new ban) and its last
 * day is used for "how old is this source" (the kinder reading that does not call a 2024 row stale too early).
 */
record PartialDate(String text, LocalDate first, LocalDate last) {

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
