package app.mitra.products;

/** A cited source of a limit or a recall; {@code year} and {@code url} may be null when the source gives none. */
public record Citation(String title, String url, Integer year) {
}
