package app.mitra.journal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The unit a dose's amount is given in, written as people write it (g, mg, capsules, ml, tsp). */
public enum Unit {
    @JsonProperty("g") G,
    @JsonProperty("mg") MG,
    @JsonProperty("capsules") CAPSULES,
    @JsonProperty("ml") ML,
    @JsonProperty("tsp") TSP;

    public String symbol() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
