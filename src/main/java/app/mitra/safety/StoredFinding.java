package app.mitra.safety;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A finding kept for a person: from profile screening, from doses (guardrails) or from patterns over
 * time (dependence), new until the person acknowledges it. There is one per rule and subject: a
 * pattern that repeats raises {@code count} and moves {@code lastSeenAt} instead of adding another
 * (docs/decisions/0015-findings-grouping-and-plausibility.md). For dose findings the times are the
 * doses' own; for the others, when Mitra found and last confirmed them.
 */
public record StoredFinding(UUID id, Origin origin, State state,
        @Schema(description = "How often this rule was raised for this subject: for a dose finding, the number of doses"
                + " that raised it; 1 for a profile or pattern finding.") int count,
        @Schema(description = "Dose findings: when the first dose that raised it was taken; profile and pattern"
                + " findings: when Mitra first found it.") Instant firstSeenAt,
        @Schema(description = "Dose findings: when the latest dose that raised it was taken; profile and pattern"
                + " findings: when Mitra last confirmed it.") Instant lastSeenAt,
        Instant createdAt, @JsonUnwrapped Finding finding) {

    public enum Origin { PROFILE, DOSE, PATTERN }

    public enum State { NEW, ACKNOWLEDGED }
}
