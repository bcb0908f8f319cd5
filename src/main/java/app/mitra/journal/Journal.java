package app.mitra.journal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import app.mitra.accounts.Accounts;
import app.mitra.accounts.AuditTrail;
import app.mitra.accounts.AuditTrail.Action;
import app.mitra.common.Created;
import app.mitra.common.Fingerprint;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.ConflictException;
import app.mitra.common.web.Cursor;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.NotFoundException;
import app.mitra.common.web.Page;
import app.mitra.journal.internal.CheckInRepository;
import app.mitra.journal.internal.DoseNormaliser;
import app.mitra.journal.internal.DoseNormaliser.Normalised;
import app.mitra.journal.internal.DoseRepository;
import app.mitra.products.Product;
import app.mitra.products.Products;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journal module's API. Creates are idempotent by client id; edits and deletions are
 * recorded in the audit trail in the same transaction. Every call is scoped to one user.
 */
@Service
public class Journal {

    static final String CHECKIN = "checkin";
    static final String DOSE = "dose";

    private final CheckInRepository checkIns;
    private final DoseRepository doses;
    private final Products products;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Writes writes;
    private final JsonMapper json;

    Journal(CheckInRepository checkIns, DoseRepository doses, Products products, Accounts accounts, AuditTrail audit,
            Writes writes, JsonMapper json) {
        this.checkIns = checkIns;
        this.doses = doses;
        this.products = products;
        this.accounts = accounts;
        this.audit = audit;
        this.writes = writes;
        this.json = json;
    }

    public ZoneId zone(UUID userId) {
        return accounts.zone(userId);
    }

    // ---- check-ins

    public Created<CheckIn> createCheckIn(UUID userId, CheckInInput input) {
        UUID id = input.id() != null ? input.id() : Ids.newId();
        String zone = zone(userId).getId();
        String fingerprint = Fingerprint.of(input);
        return idempotent(() -> {
            Optional<String> stored = checkIns.fingerprint(userId, id);
            if (stored.isPresent()) {
                return existing(stored.get(), fingerprint, checkIn(userId, id), "check-in");
            }
            checkIns.insert(userId, id, zone, input, fingerprint, System.currentTimeMillis());
            CheckIn created = checkIn(userId, id);
            audit.record(userId, CHECKIN, id, Action.CREATE, null, json.writeValueAsString(created));
            return new Created<>(created, true);
        });
    }

    public CheckIn updateCheckIn(UUID userId, UUID id, CheckInInput input) {
        return writes.write(() -> {
            CheckIn before = checkIn(userId, id);
            checkIns.update(userId, id, input, System.currentTimeMillis());
            CheckIn after = checkIn(userId, id);
            audit.record(userId, CHECKIN, id, Action.UPDATE, json.writeValueAsString(before), json.writeValueAsString(after));
            return after;
        });
    }

    public void deleteCheckIn(UUID userId, UUID id) {
        writes.run(() -> {
            CheckIn before = checkIn(userId, id);
            checkIns.delete(userId, id);
            audit.record(userId, CHECKIN, id, Action.DELETE, json.writeValueAsString(before), null);
        });
    }

    public CheckIn checkIn(UUID userId, UUID id) {
        return checkIns.find(userId, id).orElseThrow(() -> new NotFoundException("check-in"));
    }

    public Page<CheckIn> checkIns(UUID userId, ListQuery query) {
        return query.page(checkIns.list(userId, query), c -> new Cursor(c.takenAt().toEpochMilli(), c.id()));
    }

    // ---- doses

    public Created<Dose> createDose(UUID userId, DoseInput input) {
        UUID id = input.id() != null ? input.id() : Ids.newId();
        Normalised normalised = normalise(userId, input);
        String zone = zone(userId).getId();
        String fingerprint = Fingerprint.of(input);
        return idempotent(() -> {
            Optional<String> stored = doses.fingerprint(userId, id);
            if (stored.isPresent()) {
                return existing(stored.get(), fingerprint, dose(userId, id), "dose");
            }
            doses.insert(userId, id, zone, input, normalised, fingerprint, System.currentTimeMillis());
            Dose created = dose(userId, id);
            audit.record(userId, DOSE, id, Action.CREATE, null, json.writeValueAsString(created));
            return new Created<>(created, true);
        });
    }

    public Dose updateDose(UUID userId, UUID id, DoseInput input) {
        Normalised normalised = normalise(userId, input);
        return writes.write(() -> {
            Dose before = dose(userId, id);
            doses.update(userId, id, input, normalised, System.currentTimeMillis());
            Dose after = dose(userId, id);
            audit.record(userId, DOSE, id, Action.UPDATE, json.writeValueAsString(before), json.writeValueAsString(after));
            return after;
        });
    }

    public void deleteDose(UUID userId, UUID id) {
        writes.run(() -> {
            Dose before = dose(userId, id);
            doses.delete(userId, id);
            audit.record(userId, DOSE, id, Action.DELETE, json.writeValueAsString(before), null);
        });
    }

    public Dose dose(UUID userId, UUID id) {
        return doses.find(userId, id).orElseThrow(() -> new NotFoundException("dose"));
    }

    public Page<Dose> doses(UUID userId, ListQuery query) {
        return query.page(doses.list(userId, query), d -> new Cursor(d.takenAt().toEpochMilli(), d.id()));
    }

    /** The most recent dose, to prefill the next one. */
    public Optional<Dose> lastDose(UUID userId) {
        List<Dose> latest = doses.list(userId, new ListQuery(Long.MIN_VALUE, Long.MAX_VALUE, 1, null));
        return latest.stream().findFirst();
    }

    private Normalised normalise(UUID userId, DoseInput input) {
        Optional<Product> product = input.productId() == null ? Optional.empty()
                : products.find(userId, input.productId());
        return DoseNormaliser.normalise(input, product);
    }

    private <T> Created<T> existing(String storedFingerprint, String fingerprint, T stored, String what) {
        if (!storedFingerprint.equals(fingerprint)) {
            throw new ConflictException("A " + what + " with this id already exists with other content.");
        }
        return new Created<>(stored, false);
    }

    /** A create raced by a retry of itself on PostgreSQL hits the primary key; the second look finds it. */
    private <T> Created<T> idempotent(Supplier<Created<T>> create) {
        try {
            return writes.write(create);
        } catch (DuplicateKeyException raced) {
            return writes.write(create);
        }
    }
}
