package app.mitra.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.mitra.common.web.InvalidInputException;

class NoteInputTest {

    private static final Instant MORNING = Instant.parse("2026-03-01T08:30:00Z");

    @Test
    void aNoteWithNothingWrittenIsRefused() {
        assertThatThrownBy(() -> new NoteInput(null, MORNING, " ", "", null, List.of("  ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("write something");
    }

    @Test
    void aMoodWordAloneIsANote() {
        assertThat(new NoteInput(null, MORNING, null, null, " rad ", null).mood()).isEqualTo("rad");
    }

    @Test
    void blankAndRepeatedTagsAreDroppedKeepingTheFirstSpelling() {
        NoteInput note = new NoteInput(null, MORNING, null, null, null, Arrays.asList("Walk", null, " ", "walk", "rest"));
        assertThat(note.tags()).containsExactly("Walk", "rest");
    }

    @Test
    void aNoteNeedsATime() {
        assertThatThrownBy(() -> new NoteInput(null, null, "t", null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("takenAt");
    }
}
