package app.mitra.journal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import app.mitra.common.Checks;

/**
 * A withdrawal check-in as a person logs it: how strongly they feel each symptom they name, 0-4.
 * The common symptoms the form offers are only a starting point; the words are the person's.
 */
public record WithdrawalInput(UUID id, Instant takenAt, List<WithdrawalSymptom> symptoms, String note) {

    public WithdrawalInput {
        symptoms = symptoms == null ? List.of() : List.copyOf(symptoms.stream().filter(Objects::nonNull)
                .map(s -> new WithdrawalSymptom(Checks.clean(s.symptom()), s.score())).toList());
        note = Checks.clean(note);
        Checks checks = new Checks();
        CheckInInput.checkTime(checks, takenAt);
        checks.require(!symptoms.isEmpty(), "symptoms", "name at least one symptom and rate it 0 to 4")
                .require(symptoms.size() <= CheckInInput.MAX_LIST, "symptoms",
                        "at most " + CheckInInput.MAX_LIST + " symptoms")
                .text(note, "note", 4000);
        for (int i = 0; i < symptoms.size(); i++) {
            WithdrawalSymptom s = symptoms.get(i);
            checks.require(s.symptom() != null && s.symptom().length() <= 80, "symptoms[" + i + "].symptom",
                    "is required, at most 80 characters")
                    .require(s.score() != null && s.score() >= 0 && s.score() <= WithdrawalSymptom.MAX_SCORE,
                            "symptoms[" + i + "].score", "must be between 0 and " + WithdrawalSymptom.MAX_SCORE);
        }
        checks.require(symptoms.stream().map(WithdrawalSymptom::symptom).filter(Objects::nonNull)
                .map(name -> name.toLowerCase(java.util.Locale.ROOT)).distinct().count()
                == symptoms.stream().filter(s -> s.symptom() != null).count(), "symptoms", "each symptom only once");
        checks.orThrow();
    }

    /** The sum of the scores: the figure whose trend matters. */
    public int total() {
        return symptoms.stream().mapToInt(WithdrawalSymptom::score).sum();
    }
}
