package app.mitra.common;

/** The answer to an idempotent create: the stored value, and whether this call created it (201) or found it (200). */
public record Created<T>(T value, boolean created) {
}
