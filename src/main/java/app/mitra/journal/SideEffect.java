package app.mitra.journal;

/** A symptom the person noticed, rated 0-10. */
public record SideEffect(String symptom, Integer severity) {
}
