package app.mitra.products;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The toxic elements a certificate of analysis reports in µg per g, as the API names them. */
public enum Element {
    LEAD, ARSENIC, CADMIUM, MERCURY;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This element's concentration on a certificate, null when the lab did not report it. */
    public Double concentration(Coa coa) {
        return switch (this) {
            case LEAD -> coa.leadUgPerG();
            case ARSENIC -> coa.arsenicUgPerG();
            case CADMIUM -> coa.cadmiumUgPerG();
            case MERCURY -> coa.mercuryUgPerG();
        };
    }
}
