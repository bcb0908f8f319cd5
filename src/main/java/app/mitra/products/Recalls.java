package app.mitra.products;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.mitra.common.limits.Limits;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.NotFoundException;
import app.mitra.products.internal.BatchRepository;
import app.mitra.products.internal.RecallFile;
import app.mitra.products.internal.RecallRepository;

/**
 * Recall lists a person imports (CSV: vendor, product, batch, reason, source, date). A batch a
 * recall names gets a FAIL finding in its evaluation, and a calm note on Today and on the product.
 */
@Service
public class Recalls {

    private final RecallRepository recalls;
    private final BatchRepository batches;
    private final Products products;
    private final Writes writes;
    private final Limits limits;

    Recalls(RecallRepository recalls, BatchRepository batches, Products products, Writes writes, Limits limits) {
        this.recalls = recalls;
        this.batches = batches;
        this.products = products;
        this.writes = writes;
        this.limits = limits;
    }

    /** A recalled batch the person has, with the product it belongs to. */
    public record RecalledBatch(Product product, Batch batch, Recall recall) {
    }

    /** Checks the whole file first; a bad file stores nothing. */
    public Imported importCsv(UUID userId, InputStream file) {
        List<Recall> read = RecallFile.parse(file, limits);
        writes.run(() -> {
            long now = System.currentTimeMillis();
            read.forEach(recall -> recalls.insert(userId, recall, now));
        });
        return new Imported(read.size());
    }

    /** Stores the recalls the person does not hold yet (by id); answers the ids it added. */
    public List<UUID> importAll(UUID userId, List<Recall> imported) {
        return writes.write(() -> {
            long now = System.currentTimeMillis();
            List<UUID> added = new ArrayList<>();
            for (Recall recall : imported) {
                if (!recalls.exists(userId, recall.id())) {
                    recalls.insert(userId, recall, now);
                    added.add(recall.id());
                }
            }
            return added;
        });
    }

    /** Removes recalls an import added before it was stopped part-way. */
    public void removeImported(UUID userId, List<UUID> ids) {
        writes.run(() -> recalls.deleteImported(userId, ids));
    }

    public List<Recall> list(UUID userId) {
        return recalls.list(userId);
    }

    public void delete(UUID userId, UUID id) {
        writes.run(() -> {
            if (!recalls.delete(userId, id)) {
                throw new NotFoundException("recall");
            }
        });
    }

    /** The person's batches that a recall names, newest recall first. */
    public List<RecalledBatch> recalledBatches(UUID userId) {
        List<Recall> all = recalls.list(userId);
        if (all.isEmpty()) {
            return List.of();
        }
        List<RecalledBatch> found = new ArrayList<>();
        for (Batch batch : batches.all(userId)) {
            Product product = products.get(userId, batch.productId());
            all.stream().filter(recall -> recall.matches(product, batch.batchCode())).findFirst()
                    .ifPresent(recall -> found.add(new RecalledBatch(product, batch, recall)));
        }
        return found;
    }
}
