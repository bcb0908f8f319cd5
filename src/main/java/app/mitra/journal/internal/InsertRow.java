package app.mitra.journal.internal;

import java.util.Map;
import java.util.UUID;

/** The columns every journal entry's insert shares, added to the entry's own values. */
final class InsertRow {

    private InsertRow() {
    }

    static Map<String, Object> of(Map<String, Object> values, UUID userId, UUID id, String zone, String fingerprint,
            long created, long updated) {
        values.put("user", userId.toString());
        values.put("id", id.toString());
        values.put("zone", zone);
        values.put("hash", fingerprint);
        values.put("created", created);
        values.put("updated", updated);
        return values;
    }
}
