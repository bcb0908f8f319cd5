package app.mitra.common.storage;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import app.mitra.common.Created;
import app.mitra.common.web.ConflictException;

/**
 * Idempotent creation by client id, shared by every entry a client may create with its own id: the same id with the same body
 * answers the stored entry, the same id with another body is a conflict.
 */
@Component
public class CreateOnce {

    private final Writes writes;

    CreateOnce(Writes writes) {
        this.writes = writes;
    }

    /** What one kind of entry needs: its stored fingerprint, the stored entry, and how to insert a new one. */
    public interface Entry<T> {

        Optional<String> storedFingerprint();

        T stored();

        /** Inserts the entry (and records it in the audit trail), returning it as stored. */
        T insert();
    }

    public <T> Created<T> create(String what, String fingerprint, Entry<T> entry) {
        Supplier<Created<T>> attempt = () -> {
            Optional<String> stored = entry.storedFingerprint();
            if (stored.isEmpty()) {
                return new Created<>(entry.insert(), true);
            }
            if (!stored.get().equals(fingerprint)) {
                throw new ConflictException("A " + what + " with this id already exists with other content.");
            }
            return new Created<>(entry.stored(), false);
        };
        try {
            return writes.write(attempt);
        } catch (DuplicateKeyException raced) {
            // A create raced by a retry of itself on PostgreSQL hits the primary key; the second look finds it.
            return writes.write(attempt);
        }
    }
}
