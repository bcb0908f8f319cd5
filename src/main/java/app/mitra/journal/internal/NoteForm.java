package app.mitra.journal.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import app.mitra.common.web.FormValues;
import app.mitra.journal.Note;
import app.mitra.journal.NoteInput;

/**
 * The note form as typed: tags are one line, separated by commas, as on a phone keyboard. Like the
 * other entry forms, its id is made when it is shown, so a double tap saves one note.
 */
record NoteForm(String id, String takenAt, String title, String text, String mood, String tags) {

    static NoteForm blank() {
        return new NoteForm(UUID.randomUUID().toString(), null, null, null, null, null);
    }

    static NoteForm editing(Note note, ZoneId zone) {
        return new NoteForm(note.id().toString(), DoseForm.localTime(note.takenAt(), zone), note.title(), note.text(),
                note.mood(), String.join(", ", note.tags()));
    }

    NoteInput input(UUID fixedId, ZoneId zone) {
        return input(fixedId, zone, null);
    }

    /** The entry as edited; {@code stored} is its time before the edit (see {@link FormValues#time}). */
    NoteInput input(UUID fixedId, ZoneId zone, Instant stored) {
        FormValues values = new FormValues();
        UUID noteId = fixedId != null ? fixedId : values.id(id, "id");
        Instant time = values.time(takenAt, zone, Instant.now(), stored, "takenAt");
        List<String> tagList = tags == null ? List.of() : Arrays.asList(tags.split(","));
        return values.build(() -> new NoteInput(noteId, time, title, text, mood, tagList));
    }
}
