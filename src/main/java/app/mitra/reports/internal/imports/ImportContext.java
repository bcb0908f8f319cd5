package app.mitra.reports.internal.imports;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Who imports, and the zone local times in the file are read in. Ids of imported records are
 * derived from the person and the record's key in its file: unique per person (another account
 * importing the same file gets other ids, and none reveals anyone's), and the same file imported
 * twice gives the same ids, so the journal keeps what it holds and adds nothing twice.
 */
public record ImportContext(UUID userId, ZoneId zone) {

    public UUID id(ImportFormat format, String key) {
        return UUID.nameUUIDFromBytes((userId + "|" + format.wireName() + "|" + key).getBytes(StandardCharsets.UTF_8));
    }
}
