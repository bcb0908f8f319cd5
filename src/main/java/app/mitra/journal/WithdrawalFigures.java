package app.mitra.journal;

/** A withdrawal check-in as two figures, for reads over many months: when (epoch millis) and its total score. */
public record WithdrawalFigures(long takenAt, int total) {
}
