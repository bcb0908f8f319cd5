package app.mitra.safety.internal.guardrails;

import java.util.Optional;

import app.mitra.journal.DoseHistory;
import app.mitra.journal.ProposedDose;
import app.mitra.safety.Finding;
import app.mitra.safety.HealthProfile;

/** One dose guardrail: a small named policy that returns a finding about a proposed dose, or nothing. */
public interface Guardrail {

    Optional<Finding> check(Situation situation);

    /** The dose being checked, the person's journal without it, and their health profile (personal limits). */
    record Situation(ProposedDose dose, DoseHistory history, HealthProfile profile) {
    }
}
