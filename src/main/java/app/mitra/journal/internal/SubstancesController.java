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
import app.mitra.journal.Substance;
import app.mitra.journal.Substances;

/** Editing and deleting another substance (alcohol, a medicine). Another person's entry is "not found". */
@Controller
class SubstancesController {

    private final Substances substances;
    private final Journal journal;
    private final Timeline timeline;
    private final FormProblems formProblems;

    SubstancesController(Substances substances, Journal journal, Timeline timeline, FormProblems formProblems) {
        this.substances = substances;
        this.journal = journal;
        this.timeline = timeline;
        this.formProblems = formProblems;
    }

    @GetMapping("/substances/{id}/edit")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        ZoneId zone = journal.zone(user.id());
        return form(model, SubstanceForm.editing(substances.get(user.id(), id), zone), id);
    }

    @PostMapping("/substances/{id}")
    String update(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
            @ModelAttribute SubstanceForm substanceForm, Model model, RedirectAttributes redirect, Locale locale) {
        ZoneId zone = journal.zone(user.id());
        Instant stored = substances.get(user.id(), id).takenAt();
        Substance saved;
        try {
            saved = substances.update(user.id(), id, substanceForm.input(id, zone, stored));
        } catch (InvalidInputException refused) {
            model.addAttribute("substanceProblems", formProblems.of(refused, locale));
            return form(model, substanceForm, id);
        }
        redirect.addFlashAttribute("flash", "flash.substanceUpdated");
        return DosesController.backTo(saved.takenAt().atZone(zone).toLocalDate(), zone);
    }

    @GetMapping("/substances/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", timeline.entry(substances.get(user.id(), id), journal.zone(user.id())));
        return "journal/delete";
    }

    @PostMapping("/substances/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ZoneId zone = journal.zone(user.id());
        LocalDate day = substances.get(user.id(), id).takenAt().atZone(zone).toLocalDate();
        substances.delete(user.id(), id);
        redirect.addFlashAttribute("flash", "flash.substanceDeleted");
        Undo.restoreOffered(redirect, EntryKind.SUBSTANCE, id);
        return DosesController.backTo(day, zone);
    }

    private String form(Model model, SubstanceForm substanceForm, UUID id) {
        model.addAttribute("substanceForm", substanceForm);
        model.addAttribute("substanceId", id);
        return "journal/substance-edit";
    }
}
