package app.mitra.products;

import java.time.LocalDate;
import java.util.UUID;

/** A recalled product or batch from a list a person imported; {@code batchCode} null recalls every batch. */
public record Recall(UUID id, String vendor, String product, String batchCode, String reason, String source,
        LocalDate recalledOn) {

    /** Whether this recall names the batch of this product: vendor, product name and batch code, ignoring case. */
    public boolean matches(Product p, String batch) {
        return same(vendor, p.vendor()) && same(product, p.name()) && (batchCode == null || same(batchCode, batch));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }
}
