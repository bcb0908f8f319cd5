package app.mitra.common.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The common list parameters: {@code from} and {@code to} (a day in the user's time zone,
 * inclusive, or an instant), {@code limit} 1-500 and the cursor. Times are epoch milliseconds,
 * {@code to} exclusive.
 */
public record ListQuery(long fromMillis, long toMillisExclusive, int limit, Cursor cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static ListQuery parse(String from, String to, Integer limit, String cursor, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        long fromMillis = Long.MIN_VALUE;
        long toMillis = Long.MAX_VALUE;
        try {
            if (from != null && !from.isBlank()) {
                fromMillis = start(from.trim(), zone);
            }
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("from", "must be a date (2026-03-01) or a time with offset"));
        }
        try {
            if (to != null && !to.isBlank()) {
                toMillis = endExclusive(to.trim(), zone);
            }
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("to", "must be a date (2026-03-01) or a time with offset"));
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
        }
        Cursor position = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                position = Cursor.decode(cursor.trim());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.isEmpty() && fromMillis >= toMillis) {
            problems.add(new FieldProblem("to", "must not be before from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ListQuery(fromMillis, toMillis, size, position);
    }

    private static long start(String value, ZoneId zone) {
        return isDate(value) ? LocalDate.parse(value).atStartOfDay(zone).toInstant().toEpochMilli()
                : OffsetDateTime.parse(value).toInstant().toEpochMilli();
    }

    private static long endExclusive(String value, ZoneId zone) {
        return isDate(value) ? LocalDate.parse(value).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()
                : OffsetDateTime.parse(value).toInstant().toEpochMilli() + 1;
    }

    private static boolean isDate(String value) {
        return value.length() == 10;
    }

    /** The page for rows fetched with {@code limit + 1}: the extra row only says that more exist. */
    public <T> Page<T> page(List<T> rows, java.util.function.Function<T, Cursor> position) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), position.apply(items.get(items.size() - 1)).encode());
    }
}
