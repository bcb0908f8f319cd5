package app.mitra.journal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.mitra.accounts.Accounts;
import app.mitra.accounts.AuditTrail;
import app.mitra.accounts.AuditTrail.Action;
import app.mitra.common.Created;
import app.mitra.common.Fingerprint;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.Cursor;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;
import app.mitra.common.storage.CreateOnce;
import app.mitra.journal.internal.Deletions;
import app.mitra.journal.internal.SubstanceRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Other substances in the journal (alcohol, medicines, anything else), so the dose checks can see
 * a depressant taken before a dose. Same conventions as doses: idempotent creates by client id,
 * edits and deletions in the audit trail, every call scoped to one user.
 */
@Service
public class Substances {

    private final SubstanceRepository substances;
    private final CreateOnce createOnce;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Writes writes;
    private final JsonMapper json;
    private final Deletions deletions;

    Substances(SubstanceRepository substances, CreateOnce createOnce, Accounts accounts, AuditTrail audit,
            Writes writes, JsonMapper json, Deletions deletions) {
        this.deletions = deletions;
        this.substances = substances;
        this.createOnce = createOnce;
        this.accounts = accounts;
        this.audit = audit;
        this.writes = writes;
        this.json = json;
    }

    public Created<Substance> create(UUID userId, SubstanceInput input) {
        UUID id = input.id() != null ? input.id() : Ids.newId();
        String zone = accounts.zone(userId).getId();
        String fingerprint = Fingerprint.of(input);
        return createOnce.create(EntryKind.SUBSTANCE.what(), fingerprint, new CreateOnce.Entry<>() {
            public Optional<String> storedFingerprint() {
                return substances.fingerprint(userId, id);
            }

            public Substance stored() {
                return get(userId, id);
            }

            public Substance insert() {
                deletions.refuseDeletedId(userId, substances.entries(), id);
                substances.insert(userId, id, zone, input, fingerprint, System.currentTimeMillis());
                Substance created = get(userId, id);
                audit.record(userId, EntryKind.SUBSTANCE.entity(), id, Action.CREATE, null, json.writeValueAsString(created));
                return created;
            }
        });
    }

    public Substance update(UUID userId, UUID id, SubstanceInput input) {
        return writes.write(() -> {
            Substance before = get(userId, id);
            substances.update(userId, id, input, System.currentTimeMillis());
            Substance after = get(userId, id);
            audit.record(userId, EntryKind.SUBSTANCE.entity(), id, Action.UPDATE, json.writeValueAsString(before),
                    json.writeValueAsString(after));
            return after;
        });
    }

    /** Deletes the entry; it can be restored for a day. */
    public void delete(UUID userId, UUID id) {
        deletions.delete(userId, substances.entries(), id, entry -> get(userId, entry), () -> { });
    }

    /** Brings back an entry deleted within the day, exactly as it was. */
    public Substance restore(UUID userId, UUID id) {
        return deletions.restore(userId, substances.entries(), id, () -> { });
    }

    public Substance get(UUID userId, UUID id) {
        return substances.find(userId, id).orElseThrow(() -> deletions.missing(userId, substances.entries(), id));
    }

    /** Every entry taken in [from, to), oldest first, in one query. */
    public List<Substance> between(UUID userId, Instant from, Instant to) {
        return substances.between(userId, from.toEpochMilli(), to.toEpochMilli() - 1);
    }

    public Page<Substance> list(UUID userId, ListQuery query) {
        return query.page(substances.list(userId, query), s -> new Cursor(s.takenAt().toEpochMilli(), s.id()));
    }
}
