package app.mitra.legal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A jurisdiction's status for kratom leaf, least restrictive first: the order is what "strictest wins" compares. */
public enum LegalStatus {
    @JsonProperty("legal") LEGAL,
    @JsonProperty("unclear") UNCLEAR,
    @JsonProperty("regulated") REGULATED,
    @JsonProperty("controlled_medical_only") CONTROLLED_MEDICAL_ONLY,
    @JsonProperty("banned") BANNED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public LegalStatus stricter(LegalStatus other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }
}
