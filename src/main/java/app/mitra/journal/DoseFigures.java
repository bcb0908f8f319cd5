package app.mitra.journal;

import java.util.UUID;

import app.mitra.products.Form;

/**
 * A dose reduced to the figures analysis reads: {@code takenAt} in epoch milliseconds, the product (or
 * null), the form, milligrams of material and of mitragynine (null when no label or certificate gives it).
 */
public record DoseFigures(long takenAt, UUID productId, Form form, long materialMg, Double mitragynineMg) {
}
