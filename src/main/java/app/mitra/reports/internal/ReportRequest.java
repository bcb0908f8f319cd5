package app.mitra.reports.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import app.mitra.common.Checks;
import app.mitra.common.web.InvalidInputException;

/**
 * What a person asks a report to cover: days {@code from} to {@code to} (inclusive, in their zone;
 * the last 90 days up to today when not given), the sections, and whether their name is printed.
 */
public record ReportRequest(LocalDate from, LocalDate to, Set<Section> sections, boolean withName) {

    public static final int DEFAULT_DAYS = 90;

    public ReportRequest {
        new Checks().require(!to.isBefore(from), "to", "must not be before from")
                .require(!to.isAfter(from.plusDays(ReportBuilder.MAX_DAYS - 1)), "from",
                        "a report covers at most " + ReportBuilder.MAX_DAYS + " days")
                .orThrow();
        sections = Set.copyOf(sections);
    }

    public static ReportRequest parse(String from, String to, String sections, Boolean withName, ZoneId zone) {
        LocalDate end = date(to, "to", LocalDate.now(zone));
        LocalDate start = date(from, "from", end.minusDays(DEFAULT_DAYS - 1));
        return new ReportRequest(start, end, Section.parse(sections, "sections"), Boolean.TRUE.equals(withName));
    }

    /** The last {@code days} days up to today in the zone: what a share link shows on the day it is opened. */
    public static ReportRequest lastDays(int days, Set<Section> sections, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        return new ReportRequest(today.minusDays(days - 1L), today, sections, false);
    }

    private static LocalDate date(String value, String field, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be a date like 2026-03-01");
        }
    }
}
