package app.mitra.safety;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A finding kept for a person: from profile screening, from doses (guardrails) or from patterns over
 * time (dependence), new until the person acknowledges it. There is one per rule and subject: a
 * pattern that repeats raises {@code count} and moves {@code lastSeenAt} instead of adding another
 * (docs/decisions/0015-findings-grouping-and-plausibility.md). For dose findings the times are the
 * doses' own; for the others, when Mitra found and last confirmed them.
 */
public record StoredFinding(UUID id, Origin origin, State state, int count, Instant firstSeenAt, Instant lastSeenAt,
        Instant createdAt, @JsonUnwrapped Finding finding) {

    public enum Origin { PROFILE, DOSE, PATTERN }

    public enum State { NEW, ACKNOWLEDGED }
}
