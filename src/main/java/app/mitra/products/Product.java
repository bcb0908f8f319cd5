package app.mitra.products;

import java.time.Instant;
import java.util.UUID;

/** A product as stored. {@code alkaloidMgPerUnit} is labelled mitragynine per g, ml or capsule. */
public record Product(UUID id, String name, String vendor, String strain, Vein vein, Form form, Integer capsuleMg,
        Double extractRatio, Double alkaloidMgPerUnit, boolean archived, Instant createdAt, Instant updatedAt) {
}
