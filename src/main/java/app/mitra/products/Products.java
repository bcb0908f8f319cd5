package app.mitra.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.mitra.common.Created;
import app.mitra.common.Fingerprint;
import app.mitra.common.Ids;
import app.mitra.common.storage.CreateOnce;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.NotFoundException;
import app.mitra.products.internal.ProductRepository;

/** The products module's API. Every call is scoped to one user: another user's product is "not found". */
@Service
public class Products {

    private final ProductRepository products;
    private final Writes writes;
    private final CreateOnce createOnce;

    Products(ProductRepository products, Writes writes, CreateOnce createOnce) {
        this.products = products;
        this.writes = writes;
        this.createOnce = createOnce;
    }

    public Created<Product> create(UUID userId, ProductInput input) {
        UUID id = input.id() != null ? input.id() : Ids.newId();
        String fingerprint = Fingerprint.of(input);
        return createOnce.create("product", fingerprint, new CreateOnce.Entry<>() {
            public Optional<String> storedFingerprint() {
                return products.fingerprint(userId, id);
            }

            public Product stored() {
                return get(userId, id);
            }

            public Product insert() {
                products.insert(userId, id, input, fingerprint, System.currentTimeMillis());
                return get(userId, id);
            }
        });
    }

    /**
     * Products an import brings, stored as they were (times and archived flag included); one whose id the
     * person holds already is kept as it is. Call it inside the importer's write. Answers how many were new.
     */
    /** Stores the products the person does not hold yet (by id); answers the ids it added. */
    public List<UUID> importAll(UUID userId, List<Product> imported) {
        return writes.write(() -> {
            List<UUID> added = new ArrayList<>();
            for (Product product : imported) {
                if (products.fingerprint(userId, product.id()).isPresent()) {
                    continue;
                }
                ProductInput input = input(product);
                products.insert(userId, product.id(), input, product.archived(), Fingerprint.of(input),
                        product.createdAt().toEpochMilli(), product.updatedAt().toEpochMilli());
                added.add(product.id());
            }
            return added;
        });
    }

    /** Removes products an import added before it was stopped part-way. */
    public void removeImported(UUID userId, List<UUID> ids) {
        writes.run(() -> products.deleteImported(userId, ids));
    }

    /** What a person would enter to describe this product (validated, as every input is). */
    public static ProductInput input(Product product) {
        return new ProductInput(product.id(), product.name(), product.vendor(), product.strain(), product.vein(),
                product.form(), product.capsuleMg(), product.extractRatio(), product.alkaloidMgPerUnit());
    }

    public Product update(UUID userId, UUID id, ProductInput input) {
        return writes.write(() -> {
            if (!products.update(userId, id, input, System.currentTimeMillis())) {
                throw new NotFoundException("product");
            }
            return get(userId, id);
        });
    }

    public Product setArchived(UUID userId, UUID id, boolean archived) {
        return writes.write(() -> {
            if (!products.setArchived(userId, id, archived, System.currentTimeMillis())) {
                throw new NotFoundException("product");
            }
            return get(userId, id);
        });
    }

    public Product get(UUID userId, UUID id) {
        return find(userId, id).orElseThrow(() -> new NotFoundException("product"));
    }

    public Optional<Product> find(UUID userId, UUID id) {
        return products.find(userId, id);
    }

    /** The user's products by name; archived ones only when asked for. */
    public List<Product> list(UUID userId, boolean includeArchived) {
        return products.list(userId, includeArchived);
    }
}
