package app.mitra.products.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import app.mitra.common.Ids;
import app.mitra.products.Form;
import app.mitra.products.Product;
import app.mitra.products.ProductInput;
import app.mitra.products.Vein;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestDatabase;

@OnBothDatabases
class ProductRepositoryIT {

    @Parameter
    TestDatabase database;

    private ProductRepository products;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void repository() {
        alice = database.person();
        bob = database.person();
        products = new ProductRepository(database.jdbc());
    }

    private static ProductInput capsules(String name) {
        return new ProductInput(null, name, "Vendor", "Maeng Da", Vein.RED, Form.CAPSULES, 500, null, 8.5);
    }

    @Test
    void aStoredProductIsFoundWithEveryField() {
        UUID id = Ids.newId();
        products.insert(alice, id, capsules("Red caps"), "hash", 1_000);
        Product product = products.find(alice, id).orElseThrow();
        assertThat(product).extracting(Product::name, Product::vendor, Product::strain, Product::vein, Product::form,
                Product::capsuleMg, Product::extractRatio, Product::alkaloidMgPerUnit, Product::archived)
                .containsExactly("Red caps", "Vendor", "Maeng Da", Vein.RED, Form.CAPSULES, 500, null, 8.5, false);
        assertThat(products.fingerprint(alice, id)).contains("hash");
    }

    @Test
    void anotherUserNeitherSeesNorChangesAProduct() {
        UUID id = Ids.newId();
        products.insert(alice, id, capsules("Alice's caps"), "hash", 1_000);
        assertThat(products.find(bob, id)).isEmpty();
        assertThat(products.fingerprint(bob, id)).isEmpty();
        assertThat(products.list(bob, true)).isEmpty();
        assertThat(products.update(bob, id, capsules("Taken"), 2_000)).isFalse();
        assertThat(products.setArchived(bob, id, true, 2_000)).isFalse();
        assertThat(products.find(alice, id).orElseThrow().name()).isEqualTo("Alice's caps");
    }

    @Test
    void twoUsersMayHoldTheSameId() {
        UUID id = Ids.newId();
        products.insert(alice, id, capsules("Alice's"), "a", 1_000);
        products.insert(bob, id, capsules("Bob's"), "b", 1_000);
        assertThat(products.find(alice, id).orElseThrow().name()).isEqualTo("Alice's");
        assertThat(products.find(bob, id).orElseThrow().name()).isEqualTo("Bob's");
    }

    @Test
    void anUpdateChangesTheProductAndArchivedProductsAreListedOnlyWhenAsked() {
        UUID user = database.person();
        UUID kept = Ids.newId();
        UUID archived = Ids.newId();
        products.insert(user, kept, capsules("banana leaf"), "h", 1_000);
        products.insert(user, archived, capsules("Apple leaf"), "h", 1_000);
        assertThat(products.update(user, kept, new ProductInput(null, "Banana tea", null, null, null, Form.TEA, null,
                null, null), 2_000)).isTrue();
        assertThat(products.setArchived(user, archived, true, 3_000)).isTrue();

        Product updated = products.find(user, kept).orElseThrow();
        assertThat(updated.form()).isEqualTo(Form.TEA);
        assertThat(updated.capsuleMg()).isNull();
        assertThat(updated.updatedAt().toEpochMilli()).isEqualTo(2_000);
        assertThat(products.list(user, false)).extracting(Product::id).containsExactly(kept);
        assertThat(products.list(user, true)).extracting(Product::name).containsExactly("Apple leaf", "Banana tea");
    }
}
