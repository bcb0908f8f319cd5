package app.mitra.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.journal.EntryKind;
import app.mitra.journal.Journal;
import app.mitra.journal.Note;

/** Editing and deleting a journal note (new notes are written on Today). Another person's note is "not found". */
@Controller
class NotesController {

    private final Journal journal;
    private final Timeline timeline;
    private final FormProblems formProblems;

    NotesController(Journal journal, Timeline timeline, FormProblems formProblems) {
        this.journal = journal;
        this.timeline = timeline;
        this.formProblems = formProblems;
    }

    @GetMapping("/notes/{id}/edit")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        ZoneId zone = journal.zone(user.id());
        return form(model, NoteForm.editing(journal.note(user.id(), id), zone), id);
    }

    @PostMapping("/notes/{id}")
    String update(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, @ModelAttribute NoteForm noteForm,
            Model model, RedirectAttributes redirect, Locale locale) {
        ZoneId zone = journal.zone(user.id());
        Instant stored = journal.note(user.id(), id).takenAt();
        Note saved;
        try {
            saved = journal.updateNote(user.id(), id, noteForm.input(id, zone, stored));
        } catch (InvalidInputException refused) {
            model.addAttribute("noteProblems", formProblems.of(refused, locale));
            return form(model, noteForm, id);
        }
        redirect.addFlashAttribute("flash", "flash.noteUpdated");
        return DosesController.backTo(saved.takenAt().atZone(zone).toLocalDate(), zone);
    }

    @GetMapping("/notes/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", timeline.entry(journal.note(user.id(), id), journal.zone(user.id())));
        return "journal/delete";
    }

    @PostMapping("/notes/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ZoneId zone = journal.zone(user.id());
        LocalDate day = journal.note(user.id(), id).takenAt().atZone(zone).toLocalDate();
        journal.deleteNote(user.id(), id);
        redirect.addFlashAttribute("flash", "flash.noteDeleted");
        Undo.restoreOffered(redirect, EntryKind.NOTE, id);
        return DosesController.backTo(day, zone);
    }

    private String form(Model model, NoteForm noteForm, UUID id) {
        model.addAttribute("noteForm", noteForm);
        model.addAttribute("noteId", id);
        return "journal/note-edit";
    }
}
