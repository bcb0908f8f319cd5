package app.mitra.journal;

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
import app.mitra.common.web.NotFoundException;
import app.mitra.common.web.Page;
import app.mitra.common.storage.CreateOnce;
import app.mitra.journal.internal.SubstanceRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Other substances in the journal (alcohol, medicines, anything else), so the dose checks can see
 * a depressant taken before a dose. Same conventions as doses: idempotent creates by client id,
 * edits and deletions in the audit trail, every call scoped to one user.
 */
@Service
public class Substances {

    static final String SUBSTANCE = "substance";

    private final SubstanceRepository substances;
    private final CreateOnce createOnce;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Writes writes;
    private final JsonMapper json;

    Substances(SubstanceRepository substances, CreateOnce createOnce, Accounts accounts, AuditTrail audit,
            Writes writes, JsonMapper json) {
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
        return createOnce.create("substance", fingerprint, new CreateOnce.Entry<>() {
            public Optional<String> storedFingerprint() {
                return substances.fingerprint(userId, id);
            }

            public Substance stored() {
                return get(userId, id);
            }

            public Substance insert() {
                substances.insert(userId, id, zone, input, fingerprint, System.currentTimeMillis());
                Substance created = get(userId, id);
                audit.record(userId, SUBSTANCE, id, Action.CREATE, null, json.writeValueAsString(created));
                return created;
            }
        });
    }

    public Substance update(UUID userId, UUID id, SubstanceInput input) {
        return writes.write(() -> {
            Substance before = get(userId, id);
            substances.update(userId, id, input, System.currentTimeMillis());
            Substance after = get(userId, id);
            audit.record(userId, SUBSTANCE, id, Action.UPDATE, json.writeValueAsString(before),
                    json.writeValueAsString(after));
            return after;
        });
    }

    public void delete(UUID userId, UUID id) {
        writes.run(() -> {
            Substance before = get(userId, id);
            substances.delete(userId, id);
            audit.record(userId, SUBSTANCE, id, Action.DELETE, json.writeValueAsString(before), null);
        });
    }

    public Substance get(UUID userId, UUID id) {
        return substances.find(userId, id).orElseThrow(() -> new NotFoundException("substance"));
    }

    public Page<Substance> list(UUID userId, ListQuery query) {
        return query.page(substances.list(userId, query), s -> new Cursor(s.takenAt().toEpochMilli(), s.id()));
    }
}
