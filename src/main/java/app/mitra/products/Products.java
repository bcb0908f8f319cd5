package app.mitra.products;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import app.mitra.common.Created;
import app.mitra.common.Fingerprint;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.ConflictException;
import app.mitra.common.web.NotFoundException;
import app.mitra.products.internal.ProductRepository;

/** The products module's API. Every call is scoped to one user: another user's product is "not found". */
@Service
public class Products {

    private final ProductRepository products;
    private final Writes writes;

    Products(ProductRepository products, Writes writes) {
        this.products = products;
        this.writes = writes;
    }

    public Created<Product> create(UUID userId, ProductInput input) {
        UUID id = input.id() != null ? input.id() : Ids.newId();
        String fingerprint = Fingerprint.of(input);
        try {
            return writes.write(() -> createOnce(userId, id, input, fingerprint));
        } catch (DuplicateKeyException raced) {
            return writes.write(() -> createOnce(userId, id, input, fingerprint));
        }
    }

    private Created<Product> createOnce(UUID userId, UUID id, ProductInput input, String fingerprint) {
        Optional<String> stored = products.fingerprint(userId, id);
        if (stored.isPresent()) {
            if (!stored.get().equals(fingerprint)) {
                throw new ConflictException("A product with this id already exists with other content.");
            }
            return new Created<>(get(userId, id), false);
        }
        products.insert(userId, id, input, fingerprint, System.currentTimeMillis());
        return new Created<>(get(userId, id), true);
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
