package app.mitra.safety;

import java.time.LocalDate;

/**
 * A pause of a taper plan: from the day it was paused until the day it was resumed (exclusive);
 * {@code until} is null while it lasts. The step it began in grows by its length and every later
 * step moves on by as much.
 */
public record TaperPause(LocalDate from, LocalDate until) {

    /** Days paused; an open pause counts through {@code today}. */
    public long days(LocalDate today) {
        LocalDate end = until != null ? until : today.plusDays(1);
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, end));
    }

    public boolean open() {
        return until == null;
    }
}
