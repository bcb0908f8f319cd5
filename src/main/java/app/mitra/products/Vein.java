package app.mitra.products;

/** The vein colour sellers name their leaf by. */
public enum Vein {
    RED, GREEN, WHITE, YELLOW, OTHER
}
