package app.mitra.safety;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How well a statement is supported (see the rulebook's definitions). */
public enum Evidence {
    @JsonProperty("strong") STRONG,
    @JsonProperty("moderate") MODERATE,
    @JsonProperty("weak") WEAK;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Evidence of(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
