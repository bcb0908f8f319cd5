package app.mitra.legal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far down the hierarchy a jurisdiction sits; a locality is a county or a city. */
public enum Level {
    @JsonProperty("country") COUNTRY,
    @JsonProperty("state") STATE,
    @JsonProperty("locality") LOCALITY
}
