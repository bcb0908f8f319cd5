package app.mitra.journal;

import java.util.UUID;

import app.mitra.common.web.NotFoundException;

/**
 * The entry is not in the journal because its owner deleted it less than a day ago. The API answers
 * 404 as for any missing entry; the web app shows that it was deleted and offers to restore it.
 */
public class DeletedEntryException extends NotFoundException {

    private final EntryKind kind;
    private final UUID id;

    public DeletedEntryException(EntryKind kind, UUID id) {
        super(kind.what());
        this.kind = kind;
        this.id = id;
    }

    public EntryKind kind() {
        return kind;
    }

    public UUID id() {
        return id;
    }
}
