package app.mitra.products;

/** How kratom is taken; a product's form and a dose's form share this vocabulary. */
public enum Form {
    POWDER, CAPSULES, TEA, EXTRACT
}
