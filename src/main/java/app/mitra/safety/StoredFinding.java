package app.mitra.safety;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A finding kept for a person: from profile screening, from a dose (guardrails) or from patterns
 * over time (dependence), new until the person acknowledges it.
 */
public record StoredFinding(UUID id, Origin origin, State state, UUID doseId, Instant createdAt,
        @JsonUnwrapped Finding finding) {

    public enum Origin { PROFILE, DOSE, PATTERN }

    public enum State { NEW, ACKNOWLEDGED }
}
