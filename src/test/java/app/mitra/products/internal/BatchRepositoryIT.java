package app.mitra.products.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import app.mitra.common.Ids;
import app.mitra.products.Batch;
import app.mitra.products.BatchInput;
import app.mitra.products.Coa;
import app.mitra.products.Detection;
import app.mitra.products.Form;
import app.mitra.products.ProductInput;
import app.mitra.products.Recall;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestDatabase;

@OnBothDatabases
class BatchRepositoryIT {

    @Parameter
    TestDatabase database;

    private BatchRepository batches;
    private RecallRepository recalls;
    private UUID alice;
    private UUID bob;
    private UUID product;

    @BeforeEach
    void repositories() {
        alice = database.person();
        bob = database.person();
        batches = new BatchRepository(database.jdbc());
        recalls = new RecallRepository(database.jdbc());
        product = Ids.newId();
        new ProductRepository(database.jdbc()).insert(alice, product,
                new ProductInput(null, "Green", "Leafy", null, null, Form.POWDER, null, null, null), "hash", 1_000);
    }

    private static final Coa FULL = new Coa("Lab", LocalDate.of(2026, 10, 1), "A-1", 1.5, 0.005, 2.1, 0.4, 0.3, 0.05,
            0.01, Detection.NOT_DETECTED, Detection.DETECTED, 1000.0, 100.0);

    @Test
    void aBatchIsStoredWithEveryCertificateFigureAndOneWithoutACertificateHasNone() {
        UUID id = Ids.newId();
        batches.insert(alice, id, product, new BatchInput(null, "A-1", LocalDate.of(2026, 10, 5), FULL), "hash", 2_000);
        Batch stored = batches.find(alice, id).orElseThrow();
        assertThat(stored.coa()).isEqualTo(FULL);
        assertThat(stored.purchasedOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(stored.productId()).isEqualTo(product);

        UUID bare = Ids.newId();
        batches.insert(alice, bare, product, new BatchInput(null, "B-2", null, null), "hash", 3_000);
        assertThat(batches.find(alice, bare).orElseThrow().coa()).isNull();
        assertThat(batches.ofProduct(alice, product)).extracting(Batch::batchCode).containsExactly("A-1", "B-2");
        assertThat(batches.byCode(alice, product, "a-1")).map(Batch::id).contains(id);
    }

    @Test
    void anEditReplacesTheCertificateAndADeletionRemovesTheBatch() {
        UUID id = Ids.newId();
        batches.insert(alice, id, product, new BatchInput(null, "A-1", null, FULL), "hash", 2_000);
        assertThat(batches.update(alice, id, new BatchInput(null, "A-1b", null, null), 3_000)).isTrue();
        assertThat(batches.find(alice, id).orElseThrow()).extracting(Batch::batchCode, Batch::coa)
                .containsExactly("A-1b", null);
        assertThat(batches.delete(alice, id)).isTrue();
        assertThat(batches.find(alice, id)).isEmpty();
    }

    @Test
    void anotherPersonNeitherSeesNorChangesABatchOrARecall() {
        UUID id = Ids.newId();
        batches.insert(alice, id, product, new BatchInput(null, "A-1", null, FULL), "hash", 2_000);
        assertThat(batches.find(bob, id)).isEmpty();
        assertThat(batches.fingerprint(bob, id)).isEmpty();
        assertThat(batches.ofProduct(bob, product)).isEmpty();
        assertThat(batches.all(bob)).isEmpty();
        assertThat(batches.update(bob, id, new BatchInput(null, "taken", null, null), 3_000)).isFalse();
        assertThat(batches.delete(bob, id)).isFalse();
        assertThat(batches.find(alice, id).orElseThrow().batchCode()).isEqualTo("A-1");

        Recall recall = new Recall(Ids.newId(), "Leafy", "Green", null, "Lead", "FDA", LocalDate.of(2026, 3, 1));
        recalls.insert(alice, recall, 1_000);
        assertThat(recalls.list(alice)).containsExactly(recall);
        assertThat(recalls.list(bob)).isEmpty();
        assertThat(recalls.delete(bob, recall.id())).isFalse();
        assertThat(recalls.delete(alice, recall.id())).isTrue();
    }
}
