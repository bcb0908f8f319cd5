package app.mitra.journal.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.RowMapper;

import app.mitra.journal.EntryKind;

/**
 * One kind of journal entry as its repository stores it: every column a row holds (so a deleted row
 * moves to {@code <table>_deleted} and back whole), the columns a read needs and how a row is read, and
 * the repository's own look-ups of an entry and of its create's fingerprint.
 */
public record EntryTable<T>(EntryKind kind, String stored, String columns, RowMapper<T> rows,
        BiFunction<UUID, UUID, Optional<T>> finder, BiFunction<UUID, UUID, Optional<String>> fingerprints) {

    /** The table: {@code journal_dose} for doses, and so on. */
    public String table() {
        return tableOf(kind);
    }

    static String tableOf(EntryKind kind) {
        return "journal_" + kind.entity();
    }

    /** The entry in the journal, if it is there (deleted entries are not). */
    public Optional<T> find(UUID userId, UUID id) {
        return finder.apply(userId, id);
    }

    /** The fingerprint of the create that stored the entry (docs/decisions/0003-idempotent-create.md). */
    public Optional<String> fingerprint(UUID userId, UUID id) {
        return fingerprints.apply(userId, id);
    }
}
