package app.mitra.journal;

import java.util.UUID;

/**
 * Published after a withdrawal check-in is durably stored, changed or deleted. Listeners run
 * in-process and must be safe to run again for the same check-in.
 */
public record WithdrawalRecorded(UUID userId, UUID checkInId) {
}
