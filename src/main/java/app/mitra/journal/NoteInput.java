package app.mitra.journal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import app.mitra.common.Checks;

/**
 * A journal note as a person writes it. The mood is their own word ("rad", "meh", a renamed Daylio
 * mood), never a number Mitra reads as a scale; tags are their own words too (activities, places).
 * Something must be written: a title, a text, a mood or a tag.
 */
public record NoteInput(UUID id, Instant takenAt, String title, String text, String mood, List<String> tags) {

    public static final int MAX_TAGS = 50;

    public NoteInput {
        title = Checks.clean(title);
        text = Checks.clean(text);
        mood = Checks.clean(mood);
        tags = tags == null ? List.of() : tags.stream().map(Checks::clean).filter(Objects::nonNull)
                .filter(distinct()).toList();
        Checks checks = new Checks();
        CheckInInput.checkTime(checks, takenAt);
        checks.require(title != null || text != null || mood != null || !tags.isEmpty(), "text",
                        "write something: a title, a text, a mood or a tag")
                .text(title, "title", 200)
                .text(text, "text", 8000)
                .text(mood, "mood", 80)
                .require(tags.size() <= MAX_TAGS, "tags", "at most " + MAX_TAGS + " tags")
                .require(tags.stream().allMatch(tag -> tag.length() <= 80), "tags", "each tag is at most 80 characters")
                .orThrow();
    }

    /** Keeps the first of tags that differ only in case, so "Walk" and "walk" are one tag. */
    private static Predicate<String> distinct() {
        Set<String> seen = new HashSet<>();
        return tag -> seen.add(tag.toLowerCase(Locale.ROOT));
    }
}
