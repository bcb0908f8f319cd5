package app.mitra.journal.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import app.mitra.common.web.FormValues;
import app.mitra.journal.WithdrawalCheckIn;
import app.mitra.journal.WithdrawalInput;
import app.mitra.journal.WithdrawalSymptom;

/**
 * The withdrawal check-in form as typed: rows of a symptom in the person's words and its 0-4 score,
 * paired by position. A new form starts with common symptoms already written in, which the person
 * may rate, reword or leave unrated; a row without a score is not part of the check-in.
 */
record WithdrawalForm(String id, String takenAt, List<String> symptom, List<String> score, String note) {

    /** Empty rows offered beside the ones already written. */
    static final int SPARE_ROWS = 2;

    WithdrawalForm {
        symptom = symptom == null ? List.of() : symptom;
        score = score == null ? List.of() : score;
    }

    static WithdrawalForm blank(List<String> commonSymptoms) {
        return new WithdrawalForm(UUID.randomUUID().toString(), null, commonSymptoms, List.of(), null);
    }

    static WithdrawalForm editing(WithdrawalCheckIn w, ZoneId zone) {
        return new WithdrawalForm(w.id().toString(), DoseForm.localTime(w.takenAt(), zone),
                w.symptoms().stream().map(WithdrawalSymptom::symptom).toList(),
                w.symptoms().stream().map(s -> s.score().toString()).toList(), w.note());
    }

    public List<Integer> rows() {
        return IntStream.range(0, Math.max(symptom.size(), score.size()) + SPARE_ROWS).boxed().toList();
    }

    public String symptomAt(int row) {
        return row < symptom.size() ? symptom.get(row) : null;
    }

    public String scoreAt(int row) {
        return row < score.size() ? score.get(row) : null;
    }

    WithdrawalInput input(UUID fixedId, ZoneId zone) {
        return input(fixedId, zone, null);
    }

    /** The entry as edited; {@code stored} is its time before the edit (see {@link FormValues#time}). */
    WithdrawalInput input(UUID fixedId, ZoneId zone, Instant stored) {
        FormValues values = new FormValues();
        UUID checkInId = fixedId != null ? fixedId : values.id(id, "id");
        Instant time = values.time(takenAt, zone, Instant.now(), stored, "takenAt");
        List<WithdrawalSymptom> rated = new ArrayList<>();
        for (int row = 0; row < Math.max(symptom.size(), score.size()); row++) {
            Integer value = values.integer(scoreAt(row), "symptoms");
            if (value != null) {
                rated.add(new WithdrawalSymptom(FormValues.clean(symptomAt(row)), value));
            }
        }
        return values.build(() -> new WithdrawalInput(checkInId, time, rated, note));
    }
}
