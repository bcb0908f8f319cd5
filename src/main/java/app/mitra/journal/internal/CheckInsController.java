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
import app.mitra.journal.CheckIn;
import app.mitra.journal.EntryKind;
import app.mitra.journal.Journal;

/** Editing and deleting a pain check-in. Another person's check-in is "not found", like a missing one. */
@Controller
class CheckInsController {

    private final Journal journal;
    private final Timeline timeline;
    private final FormProblems formProblems;

    CheckInsController(Journal journal, Timeline timeline, FormProblems formProblems) {
        this.journal = journal;
        this.timeline = timeline;
        this.formProblems = formProblems;
    }

    @GetMapping("/checkins/{id}/edit")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        ZoneId zone = journal.zone(user.id());
        return form(model, CheckInForm.editing(journal.checkIn(user.id(), id), zone), id);
    }

    @PostMapping("/checkins/{id}")
    String update(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
            @ModelAttribute CheckInForm checkInForm, Model model, RedirectAttributes redirect, Locale locale) {
        ZoneId zone = journal.zone(user.id());
        Instant stored = journal.checkIn(user.id(), id).takenAt();
        CheckIn saved;
        try {
            saved = journal.updateCheckIn(user.id(), id, checkInForm.input(id, zone, stored));
        } catch (InvalidInputException refused) {
            model.addAttribute("checkInProblems", formProblems.of(refused, locale));
            return form(model, checkInForm, id);
        }
        redirect.addFlashAttribute("flash", "flash.checkInUpdated");
        return DosesController.backTo(saved.takenAt().atZone(zone).toLocalDate(), zone);
    }

    @GetMapping("/checkins/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        ZoneId zone = journal.zone(user.id());
        model.addAttribute("entry", timeline.entry(journal.checkIn(user.id(), id), zone));
        return "journal/delete";
    }

    @PostMapping("/checkins/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ZoneId zone = journal.zone(user.id());
        LocalDate day = journal.checkIn(user.id(), id).takenAt().atZone(zone).toLocalDate();
        journal.deleteCheckIn(user.id(), id);
        redirect.addFlashAttribute("flash", "flash.checkInDeleted");
        Undo.restoreOffered(redirect, EntryKind.CHECKIN, id);
        return DosesController.backTo(day, zone);
    }

    private String form(Model model, CheckInForm checkInForm, UUID id) {
        model.addAttribute("checkInForm", checkInForm);
        model.addAttribute("checkInId", id);
        return "journal/checkin-edit";
    }
}
