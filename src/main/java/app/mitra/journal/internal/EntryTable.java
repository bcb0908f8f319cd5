package app.mitra.journal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import app.mitra.journal.EntryKind;

/**
 * One kind of journal entry as stored: its table, every column a row holds (so a deleted row moves to
 * {@code <table>_deleted} and back whole) and how a row is read.
 */
public interface EntryTable<T> {

    EntryKind kind();

    String table();

    /** Every column of the table, in the order of its copy for deleted rows (less deleted_at). */
    String stored();

    /** The columns {@link #read} needs. */
    String columns();

    T read(ResultSet rs, int row) throws SQLException;

    /** The entry in the journal, if it is there (deleted entries are not). */
    Optional<T> find(UUID userId, UUID id);

    /** The fingerprint of the create that stored the entry (docs/decisions/0003-idempotent-create.md). */
    Optional<String> fingerprint(UUID userId, UUID id);
}
