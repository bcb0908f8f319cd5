package app.mitra.journal;

/**
 * A check-in reduced to the figures analysis reads, for range reads over years of entries:
 * {@code takenAt} in epoch milliseconds, {@code peg} the PEG mean for a weekly PEG assessment (whose
 * pain is a past-week average, not a momentary rating) and null otherwise; unrated scales are null.
 */
public record CheckInFigures(long takenAt, int pain, Double peg, Integer mood, Integer anxiety, Integer energy,
        Integer sleepQuality) {

    public boolean momentary() {
        return peg == null;
    }
}
