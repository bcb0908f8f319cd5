package app.mitra.journal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored pain check-in. {@code peg} is the mean of pain, enjoyment and activity (one decimal), for PEG only. */
public record CheckIn(UUID id, Instant takenAt, String timeZone, String instrument, Integer pain, Double peg,
        List<PainType> painTypes, List<String> bodySites, Integer enjoyment, Integer activity, Integer mood,
        Integer anxiety, Integer energy, Integer sleepQuality, List<SideEffect> sideEffects, String note,
        Instant createdAt, Instant updatedAt) {

    public static final String NRS = "NRS";
    public static final String PEG = "PEG";

    public static Double pegMean(Integer pain, Integer enjoyment, Integer activity) {
        if (pain == null || enjoyment == null || activity == null) {
            return null;
        }
        return Math.round((pain + enjoyment + activity) * 10 / 3.0) / 10.0;
    }
}
