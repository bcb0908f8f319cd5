package app.mitra.safety;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How strongly a finding warns, strongest first; {@code info} is a note, not a warning. */
public enum Severity {
    @JsonProperty("avoid") AVOID,
    @JsonProperty("caution") CAUTION,
    @JsonProperty("monitor") MONITOR,
    @JsonProperty("info") INFO;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Severity of(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
