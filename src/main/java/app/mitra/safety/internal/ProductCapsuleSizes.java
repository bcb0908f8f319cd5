package app.mitra.safety.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.library.CapsuleProducts;
import app.mitra.products.Form;
import app.mitra.products.Products;

/** The library's capsule calculator offers the person's own capsule products; safety already knows products. */
@Component
class ProductCapsuleSizes implements CapsuleProducts {

    private final Products products;

    ProductCapsuleSizes(Products products) {
        this.products = products;
    }

    @Override
    public List<CapsuleProduct> capsuleProducts(UUID userId) {
        return products.list(userId, false).stream()
                .filter(product -> product.form() == Form.CAPSULES && product.capsuleMg() != null)
                .map(product -> new CapsuleProduct(product.id(), product.name(), product.capsuleMg())).toList();
    }
}
