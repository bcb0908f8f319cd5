package app.mitra.library;

import java.util.List;
import java.util.UUID;

/**
 * The person's capsule products and their labelled size, for the capsule calculator. The library sits
 * below products, so it declares what it needs and a higher module that knows products answers.
 */
public interface CapsuleProducts {

    List<CapsuleProduct> capsuleProducts(UUID userId);

    record CapsuleProduct(UUID id, String name, int mgPerCapsule) {
    }
}
