package app.mitra.products;

/** How many records a file added or replaced; a file with any problem is refused whole instead. */
public record Imported(int imported) {
}
