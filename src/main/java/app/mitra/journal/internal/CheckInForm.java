package app.mitra.journal.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import app.mitra.common.web.FormValues;
import app.mitra.journal.CheckIn;
import app.mitra.journal.CheckInInput;
import app.mitra.journal.PainType;
import app.mitra.journal.SideEffect;

/**
 * The pain check-in form as typed. Body sites are one comma-separated line; side effects are
 * rows of a symptom and its 0-10 severity, paired by position.
 */
record CheckInForm(String id, String takenAt, String pain, List<String> painTypes, String bodySites,
        String enjoyment, String activity, String mood, String anxiety, String energy, String sleepQuality,
        List<String> symptom, List<String> severity, String note) {

    /** Empty side-effect rows offered beside the ones already recorded. */
    static final int SPARE_SIDE_EFFECTS = 2;

    CheckInForm {
        painTypes = painTypes == null ? List.of() : painTypes;
        symptom = symptom == null ? List.of() : symptom;
        severity = severity == null ? List.of() : severity;
    }

    static CheckInForm blank() {
        return new CheckInForm(UUID.randomUUID().toString(), null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    static CheckInForm editing(CheckIn c, ZoneId zone) {
        return new CheckInForm(c.id().toString(), DoseForm.localTime(c.takenAt(), zone), text(c.pain()),
                c.painTypes().stream().map(Enum::name).toList(), String.join(", ", c.bodySites()), text(c.enjoyment()),
                text(c.activity()), text(c.mood()), text(c.anxiety()), text(c.energy()), text(c.sleepQuality()),
                c.sideEffects().stream().map(SideEffect::symptom).toList(),
                c.sideEffects().stream().map(effect -> text(effect.severity())).toList(), c.note());
    }

    /** The side-effect rows to show: those entered, then empty ones to fill in. */
    public List<Integer> sideEffectRows() {
        int rows = Math.max(symptom.size(), severity.size()) + SPARE_SIDE_EFFECTS;
        return java.util.stream.IntStream.range(0, rows).boxed().toList();
    }

    public String symptomAt(int row) {
        return row < symptom.size() ? symptom.get(row) : null;
    }

    public String severityAt(int row) {
        return row < severity.size() ? severity.get(row) : null;
    }

    CheckInInput input(UUID fixedId, ZoneId zone) {
        return input(fixedId, zone, null);
    }

    /** The entry as edited; {@code stored} is its time before the edit (see {@link FormValues#time}). */
    CheckInInput input(UUID fixedId, ZoneId zone, Instant stored) {
        FormValues values = new FormValues();
        UUID checkInId = fixedId != null ? fixedId : values.id(id, "id");
        Instant time = values.time(takenAt, zone, Instant.now(), stored, "takenAt");
        Integer painScore = values.integer(pain, "pain");
        List<PainType> types = painTypes.stream().map(type -> values.choice(type, PainType.class, "painTypes"))
                .filter(Objects::nonNull).toList();
        List<String> sites = bodySites == null ? List.of() : Arrays.asList(bodySites.split(","));
        List<SideEffect> effects = new ArrayList<>();
        for (int row = 0; row < Math.max(symptom.size(), severity.size()); row++) {
            String name = FormValues.clean(symptomAt(row));
            Integer score = values.integer(severityAt(row), "sideEffects");
            if (name != null || score != null) {
                effects.add(new SideEffect(name, score));
            }
        }
        Integer enjoy = values.integer(enjoyment, "enjoyment");
        Integer act = values.integer(activity, "activity");
        Integer moodScore = values.integer(mood, "mood");
        Integer anxietyScore = values.integer(anxiety, "anxiety");
        Integer energyScore = values.integer(energy, "energy");
        Integer sleep = values.integer(sleepQuality, "sleepQuality");
        return values.build(() -> new CheckInInput(checkInId, time, painScore, types, sites, enjoy, act, moodScore,
                anxietyScore, energyScore, sleep, effects, note));
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
