package app.mitra.journal.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import app.mitra.accounts.AuditTrail;
import app.mitra.accounts.AuditTrail.Action;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.ConflictException;
import app.mitra.common.web.NotFoundException;
import app.mitra.journal.Deleted;
import app.mitra.journal.DeletedEntryException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deleting and restoring journal entries of every kind, each in one write with its audit record: a
 * deleted entry is kept a day ({@link DeletedEntries}) and comes back with the same id and values.
 */
@Component
public class Deletions {

    private final DeletedEntries deleted;
    private final AuditTrail audit;
    private final Writes writes;
    private final JsonMapper json;

    Deletions(DeletedEntries deleted, AuditTrail audit, Writes writes, JsonMapper json) {
        this.deleted = deleted;
        this.audit = audit;
        this.writes = writes;
        this.json = json;
    }

    /**
     * Deletes the entry {@code find} answers (it throws when there is none), keeping it a day; {@code also}
     * runs in the same write.
     */
    public <T> void delete(UUID userId, EntryTable<T> table, UUID id, Function<UUID, T> find, Runnable also) {
        writes.run(() -> {
            T before = find.apply(id);
            deleted.keep(userId, table, id);
            also.run();
            audit.record(userId, table.kind().entity(), id, Action.DELETE, json.writeValueAsString(before), null);
        });
    }

    /**
     * Brings back an entry deleted within the day, as it was, and answers it; {@code also} runs in the same
     * write when it came back. An entry that is in the journal is answered as it is, so a retried restore
     * gets what the first one restored. Anything else, another person's entries included, is not found.
     */
    public <T> T restore(UUID userId, EntryTable<T> table, UUID id, Runnable also) {
        return writes.write(() -> {
            if (deleted.restore(userId, table, id)) {
                also.run();
                T after = table.find(userId, id).orElseThrow();
                audit.record(userId, table.kind().entity(), id, Action.RESTORE, null, json.writeValueAsString(after));
                return after;
            }
            T present = table.find(userId, id).orElseThrow(() -> new NotFoundException(table.kind().what()));
            deleted.drop(userId, table, id);
            return present;
        });
    }

    public <T> Optional<Deleted<T>> find(UUID userId, EntryTable<T> table, UUID id) {
        return deleted.find(userId, table, id);
    }

    /** Why an entry is not in the journal: deleted within the day (and restorable), or not there at all. */
    public NotFoundException missing(UUID userId, EntryTable<?> table, UUID id) {
        return deleted.holds(userId, table, id) ? new DeletedEntryException(table.kind(), id)
                : new NotFoundException(table.kind().what());
    }

    /**
     * A create reusing the id of an entry deleted within the day is refused rather than taken as a new entry:
     * the person deleted it, and only a restore brings it back. Called inside the create's write.
     */
    public void refuseDeletedId(UUID userId, EntryTable<?> table, UUID id) {
        if (deleted.holds(userId, table, id)) {
            throw new ConflictException("A " + table.kind().what() + " with this id was deleted; restore it (POST /api/v1/"
                    + table.kind().path() + "/" + id + "/restore) or send it with a new id.");
        }
    }
}
