package app.mitra.journal;

import java.time.Instant;

/**
 * One dose as the checks on another dose see it: when, and how much material. Lean on purpose: a
 * check may look back a year of a heavy journal, and reading whole doses for that costs milliseconds.
 */
public record Intake(Instant takenAt, long materialMg) {
}
