package app.mitra.journal;

import java.time.Instant;

/** An entry deleted less than a day ago, as it was, and when it was deleted: it can still be restored. */
public record Deleted<T>(T entry, Instant deletedAt) {
}
