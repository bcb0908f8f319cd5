package app.mitra.journal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored withdrawal check-in; {@code total} is the sum of the symptom scores. */
public record WithdrawalCheckIn(UUID id, Instant takenAt, String timeZone, List<WithdrawalSymptom> symptoms, int total,
        String note, Instant createdAt, Instant updatedAt) {

    public WithdrawalCheckIn {
        symptoms = List.copyOf(symptoms);
    }
}
