package app.mitra.common;

import java.util.ArrayList;
import java.util.List;

import app.mitra.common.web.FieldProblem;
import app.mitra.common.web.InvalidInputException;

/** Collects every problem of an input before refusing it, so a person fixes all fields at once. */
public final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Checks require(boolean condition, String field, String message) {
        if (!condition) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    public Checks scale(Integer value, String field, boolean required) {
        if (value == null) {
            return require(!required, field, "is required (0 to 10)");
        }
        return require(value >= 0 && value <= 10, field, "must be between 0 and 10");
    }

    public Checks text(String value, String field, int maxLength) {
        return require(value == null || value.length() <= maxLength, field,
                "must be at most " + maxLength + " characters");
    }

    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Blank text is no text, and text holds no character XML forbids ({@link XmlText}). */
    public static String clean(String value) {
        String text = XmlText.clean(value);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
