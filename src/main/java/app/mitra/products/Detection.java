package app.mitra.products;

/** A pathogen test's result on a certificate of analysis. */
public enum Detection {
    DETECTED, NOT_DETECTED
}
