package app.mitra.products;

import java.time.LocalDate;
import java.util.UUID;

import app.mitra.common.Checks;

/** A recalled product or batch from a list a person imported; {@code batchCode} null recalls every batch. */
public record Recall(UUID id, String vendor, String product, String batchCode, String reason, String source,
        LocalDate recalledOn) {

    public Recall {
        Checks checks = new Checks().require(recalledOn != null, "recalledOn", "is required");
        for (String[] field : new String[][] {{"vendor", vendor}, {"product", product}, {"reason", reason},
                {"source", source}}) {
            checks.require(field[1] != null && !field[1].isBlank(), field[0], "is required").text(field[1], field[0], 500);
        }
        checks.text(batchCode, "batchCode", 500).orThrow();
    }

    /** Whether this recall names the batch of this product: vendor, product name and batch code, ignoring case. */
    public boolean matches(Product p, String batch) {
        return same(vendor, p.vendor()) && same(product, p.name()) && (batchCode == null || same(batchCode, batch));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }
}
