package app.mitra.journal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored journal note: the person's own words, mood word and tags at a time. */
public record Note(UUID id, Instant takenAt, String timeZone, String title, String text, String mood,
        List<String> tags, Instant createdAt, Instant updatedAt) {

    public Note {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
