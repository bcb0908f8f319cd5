package app.mitra.safety;

/** A cited source; {@code year} is null when the source gives none. */
public record Source(String title, String url, Integer year) {
}
