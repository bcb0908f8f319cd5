package app.mitra.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import app.mitra.common.Checks;

/**
 * A pain check-in as a person logs it. {@code pain} alone is a momentary NRS rating; with
 * {@code enjoyment} and {@code activity} it is a PEG assessment of the past week.
 */
public record CheckInInput(UUID id, Instant takenAt, Integer pain, List<PainType> painTypes, List<String> bodySites,
        Integer enjoyment, Integer activity, Integer mood, Integer anxiety, Integer energy, Integer sleepQuality,
        List<SideEffect> sideEffects, String note) {

    public static final int MAX_LIST = 30;

    public CheckInInput {
        painTypes = painTypes == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(painTypes.stream().filter(Objects::nonNull).toList()));
        bodySites = bodySites == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(bodySites.stream().map(Checks::clean).filter(Objects::nonNull).toList()));
        sideEffects = sideEffects == null ? List.of() : List.copyOf(sideEffects.stream().filter(Objects::nonNull)
                .map(effect -> new SideEffect(Checks.clean(effect.symptom()), effect.severity())).toList());
        note = Checks.clean(note);
        Checks checks = new Checks();
        checkTime(checks, takenAt);
        checks.scale(pain, "pain", true)
                .scale(enjoyment, "enjoyment", false).scale(activity, "activity", false)
                .scale(mood, "mood", false).scale(anxiety, "anxiety", false).scale(energy, "energy", false)
                .scale(sleepQuality, "sleepQuality", false)
                .require((enjoyment == null) == (activity == null), enjoyment == null ? "enjoyment" : "activity",
                        "PEG needs both enjoyment and activity, or neither")
                .require(bodySites.size() <= MAX_LIST, "bodySites", "at most " + MAX_LIST + " body sites")
                .require(bodySites.stream().allMatch(site -> site.length() <= 60), "bodySites",
                        "each body site is at most 60 characters")
                .require(sideEffects.size() <= MAX_LIST, "sideEffects", "at most " + MAX_LIST + " side effects")
                .text(note, "note", 4000);
        for (int i = 0; i < sideEffects.size(); i++) {
            SideEffect effect = sideEffects.get(i);
            checks.require(effect.symptom() != null && effect.symptom().length() <= 80,
                    "sideEffects[" + i + "].symptom", "is required, at most 80 characters")
                    .scale(effect.severity(), "sideEffects[" + i + "].severity", true);
        }
        checks.orThrow();
    }

    /** A PEG assessment carries all three items. */
    public boolean isPeg() {
        return enjoyment != null && activity != null;
    }

    static void checkTime(Checks checks, Instant takenAt) {
        checks.require(takenAt != null, "takenAt", "is required (a time with offset, like 2026-03-01T08:30:00-05:00)");
        if (takenAt != null) {
            checks.require(takenAt.isBefore(Instant.now().plus(Duration.ofDays(1))), "takenAt",
                    "cannot be more than a day in the future")
                    .require(takenAt.isAfter(Instant.EPOCH), "takenAt", "is too far in the past");
        }
    }
}
