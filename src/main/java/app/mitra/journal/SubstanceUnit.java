package app.mitra.journal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The unit of another substance's amount; alcohol is counted in standard drinks. */
public enum SubstanceUnit {
    @JsonProperty("drinks") DRINKS,
    @JsonProperty("mg") MG,
    @JsonProperty("g") G,
    @JsonProperty("ml") ML,
    @JsonProperty("tablets") TABLETS;

    public String symbol() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
