package app.mitra.products;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import app.mitra.accounts.Accounts;
import app.mitra.common.Created;
import app.mitra.common.Fingerprint;
import app.mitra.common.Ids;
import app.mitra.common.limits.Limits;
import app.mitra.common.storage.CreateOnce;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.NotFoundException;
import app.mitra.products.internal.BatchRepository;
import app.mitra.products.internal.CoaFile;
import app.mitra.products.internal.Evaluator;
import app.mitra.products.internal.Evaluator.Subject;
import app.mitra.products.internal.RecallRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batches of a person's products with their certificates of analysis, each evaluated against
 * the limits and against what the person actually took from it (asked of the journal through
 * {@link Consumption}, so an edited or deleted dose changes the next evaluation). A batch belongs
 * to its owner only: another person's batch is "not found".
 */
@Service
public class Batches {

    private final BatchRepository batches;
    private final RecallRepository recalls;
    private final Products products;
    private final Evaluator evaluator;
    private final Consumption consumption;
    private final ObjectProvider<DailyLimits> dailyLimits;
    private final Accounts accounts;
    private final Writes writes;
    private final CreateOnce createOnce;
    private final JsonMapper json;
    private final Limits limits;

    Batches(BatchRepository batches, RecallRepository recalls, Products products, Evaluator evaluator,
            Consumption consumption, ObjectProvider<DailyLimits> dailyLimits, Accounts accounts, Writes writes,
            CreateOnce createOnce, JsonMapper json, Limits limits) {
        this.batches = batches;
        this.recalls = recalls;
        this.products = products;
        this.evaluator = evaluator;
        this.consumption = consumption;
        this.dailyLimits = dailyLimits;
        this.accounts = accounts;
        this.writes = writes;
        this.createOnce = createOnce;
        this.json = json;
        this.limits = limits;
    }

    public Created<Batch> create(UUID userId, UUID productId, BatchInput input) {
        products.get(userId, productId);
        UUID id = input.id() != null ? input.id() : Ids.newId();
        String fingerprint = Fingerprint.of(new Keyed(productId, input));
        try {
            return createOnce.create("batch", fingerprint, entry(userId, id, productId, input, fingerprint));
        } catch (DataIntegrityViolationException refused) {
            // the product's key refused the batch: the product went meanwhile (with its account), as if it never was
            products.get(userId, productId);
            throw refused;
        }
    }

    private CreateOnce.Entry<Batch> entry(UUID userId, UUID id, UUID productId, BatchInput input, String fingerprint) {
        return new CreateOnce.Entry<>() {
            public Optional<String> storedFingerprint() {
                return batches.fingerprint(userId, id);
            }

            public Batch stored() {
                return get(userId, id);
            }

            public Batch insert() {
                batches.insert(userId, id, productId, input, fingerprint, System.currentTimeMillis());
                return get(userId, id);
            }
        };
    }

    public Batch update(UUID userId, UUID id, BatchInput input) {
        writes.run(() -> {
            if (!batches.update(userId, id, input, System.currentTimeMillis())) {
                throw new NotFoundException("batch");
            }
        });
        return get(userId, id);
    }

    /** Deletes the batch; doses that named it keep their figures and count as doses without a certificate. */
    public void delete(UUID userId, UUID id) {
        writes.run(() -> {
            if (!batches.delete(userId, id)) {
                throw new NotFoundException("batch");
            }
        });
    }

    /** The batch, evaluated with the person's latest doses. */
    public Batch get(UUID userId, UUID id) {
        Batch batch = find(userId, id).orElseThrow(() -> new NotFoundException("batch"));
        return batch.withEvaluation(evaluate(userId, batch, products.get(userId, batch.productId())));
    }

    /** The batch as stored, without an evaluation (the journal reads its certificate to normalise a dose). */
    public Optional<Batch> find(UUID userId, UUID id) {
        return batches.find(userId, id);
    }

    public Evaluation evaluation(UUID userId, UUID id) {
        return get(userId, id).evaluation();
    }

    /** A product's batches, newest first, each evaluated. */
    public List<Batch> ofProduct(UUID userId, UUID productId) {
        Product product = products.get(userId, productId);
        return batches.ofProduct(userId, productId).stream()
                .map(batch -> batch.withEvaluation(evaluate(userId, batch, product))).toList();
    }

    /** A product's batches as stored, newest first, without evaluations (for the dose form's batch field). */
    public List<Batch> choices(UUID userId, UUID productId) {
        return productId == null ? List.of() : batches.ofProduct(userId, productId);
    }

    /** A product's standing: its newest batch's, or UNVERIFIED when it has no batch. */
    public QualityStatus status(UUID userId, UUID productId) {
        return ofProduct(userId, productId).stream().findFirst().map(batch -> batch.evaluation().status())
                .orElse(QualityStatus.UNVERIFIED);
    }

    /**
     * Adds or replaces batches of one product from a file of certificate values (CSV or JSON): a
     * line whose batch code the product already has replaces that batch's certificate. Every line is
     * checked first, and all are stored in one write, so a bad file stores nothing.
     */
    public Imported importFile(UUID userId, UUID productId, InputStream file) {
        products.get(userId, productId);
        List<BatchInput> inputs = CoaFile.parse(file, json, limits);
        List<UUID> stored = new ArrayList<>();
        writes.run(() -> {
            long now = System.currentTimeMillis();
            for (BatchInput input : inputs) {
                Optional<Batch> existing = batches.byCode(userId, productId, input.batchCode());
                if (existing.isPresent()) {
                    batches.update(userId, existing.get().id(), input, now);
                    stored.add(existing.get().id());
                } else {
                    UUID id = Ids.newId();
                    batches.insert(userId, id, productId, input, Fingerprint.of(input), now);
                    stored.add(id);
                }
            }
        });
        return new Imported(stored.size());
    }

    /** Every batch of the person as stored, oldest first, without evaluations (for an export). */
    public List<Batch> stored(UUID userId) {
        return batches.all(userId);
    }

    /**
     * Batches an import brings, stored as they were (certificate and times included); one whose id
     * the person has already is kept as it is. Joins the caller's write. Returns how many were added.
     */
    /** Stores the batches the person does not hold yet (by id); answers the ids it added. */
    public List<UUID> importAll(UUID userId, List<Batch> imported) {
        return writes.write(() -> {
            List<UUID> added = new ArrayList<>();
            for (Batch batch : imported) {
                if (batches.find(userId, batch.id()).isPresent()) {
                    continue;
                }
                BatchInput input = input(batch);
                batches.insert(userId, batch.id(), batch.productId(), input,
                        Fingerprint.of(new Keyed(batch.productId(), input)), batch.createdAt().toEpochMilli(),
                        batch.updatedAt().toEpochMilli());
                added.add(batch.id());
            }
            return added;
        });
    }

    /** Removes batches an import added before it was stopped part-way. */
    public void removeImported(UUID userId, List<UUID> ids) {
        writes.run(() -> batches.deleteImported(userId, ids));
    }

    /** The input a stored batch was made from: builds it through its checks, so an imported batch is checked too. */
    public static BatchInput input(Batch batch) {
        return new BatchInput(batch.id(), batch.batchCode(), batch.purchasedOn(), batch.coa());
    }

    /** A create's fingerprint covers the product too: the same batch sent to another product is a conflict. */
    private record Keyed(UUID productId, BatchInput input) {
    }

    private Evaluation evaluate(UUID userId, Batch batch, Product product) {
        List<Recall> matching = recalls.list(userId).stream().filter(r -> r.matches(product, batch.batchCode()))
                .toList();
        List<Consumption.DailyUse> uses = batch.coa() == null ? List.of() : consumption.dailyUse(userId, batch.id());
        Optional<Long> personal = Optional.ofNullable(dailyLimits.getIfAvailable())
                .flatMap(limits -> limits.dailyLimitMg(userId));
        return evaluator.evaluate(new Subject(batch.batchCode(), batch.coa(), product.form(), matching, uses, personal,
                LocalDate.now(accounts.zone(userId))));
    }
}
