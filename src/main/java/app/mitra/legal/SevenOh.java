package app.mitra.legal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The rule for concentrated 7-hydroxymitragynine, least restrictive first. {@code unknown} ranks above
 * {@code same_as_kratom}: when one level says nothing separate and another does not know, the answer
 * is "we do not know", never the reassuring one.
 */
public enum SevenOh {
    @JsonProperty("same_as_kratom") SAME_AS_KRATOM,
    @JsonProperty("unknown") UNKNOWN,
    @JsonProperty("limited") LIMITED,
    @JsonProperty("banned") BANNED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public SevenOh stricter(SevenOh other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }
}
