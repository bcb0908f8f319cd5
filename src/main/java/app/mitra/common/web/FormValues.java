package app.mitra.common.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.mitra.common.Checks;

/**
 * Reads the text fields of an HTML form into typed values, collecting a problem (a message key)
 * for each field that cannot be read, so the form comes back with every field to fix at once and
 * with what the person typed.
 */
public final class FormValues {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Integer integer(String text, String field) {
        String value = clean(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "problem.wholeNumber"));
            return null;
        }
    }

    public Double decimal(String text, String field) {
        String value = clean(text);
        if (value == null) {
            return null;
        }
        try {
            // People on phones type a decimal comma as often as a point.
            return Double.valueOf(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "problem.number"));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String text, Class<E> type, String field) {
        String value = clean(text);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "problem.choice"));
            return null;
        }
    }

    public UUID id(String text, String field) {
        String value = clean(text);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "problem.choice"));
            return null;
        }
    }

    /** A {@code date} input's value (ISO, like 2026-12-01). */
    public java.time.LocalDate date(String text, String field) {
        String value = clean(text);
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, "problem.date"));
            return null;
        }
    }

    /** A {@code datetime-local} value read in the person's zone; blank means {@code fallback}. */
    public Instant time(String text, ZoneId zone, Instant fallback, String field) {
        String value = clean(text);
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, "problem.time"));
            return null;
        }
    }

    /**
     * A {@code datetime-local} value of an edit form, which shows minutes only: sent back as shown, the
     * stored time's own minute stands for the stored time itself, seconds included, so an edit that
     * leaves the time alone keeps it exactly (and the entry keeps its place among the day's others).
     */
    public Instant time(String text, ZoneId zone, Instant fallback, Instant stored, String field) {
        Instant typed = time(text, zone, fallback, field);
        String value = clean(text);
        if (stored == null || value == null || typed == null) {
            return typed;
        }
        LocalDateTime shown = stored.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        return LocalDateTime.parse(value).equals(shown) ? stored : typed;
    }

    /**
     * Builds the domain input; its own checks run even when some fields could not be read, and a
     * field keeps only the first of its problems.
     */
    public <T> T build(java.util.function.Supplier<T> input) {
        List<FieldProblem> all = new ArrayList<>(problems);
        T built = null;
        try {
            built = input.get();
        } catch (InvalidInputException e) {
            e.problems().stream()
                    .filter(problem -> all.stream().noneMatch(known -> known.field().equals(problem.field())))
                    .forEach(all::add);
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return built;
    }

    public static String clean(String text) {
        return Checks.clean(text);
    }
}
