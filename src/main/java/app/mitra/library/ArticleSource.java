package app.mitra.library;

/** A cited source of an article; {@code year} is null when the source gives none. */
public record ArticleSource(String title, String url, Integer year) {
}
