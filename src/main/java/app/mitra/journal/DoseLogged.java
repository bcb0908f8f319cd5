package app.mitra.journal;

import java.util.UUID;

/**
 * Published after a new dose is durably stored. Listeners run in-process and may see the same dose
 * twice (a retried request), so they must be safe to run again.
 */
public record DoseLogged(UUID userId, UUID doseId) {
}
