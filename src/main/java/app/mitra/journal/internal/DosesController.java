package app.mitra.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.journal.Dose;
import app.mitra.journal.DoseInput;
import app.mitra.journal.EntryKind;
import app.mitra.journal.Journal;
import app.mitra.products.Batches;
import app.mitra.products.Products;

/** Editing and deleting a dose. Another person's dose is "not found", like a missing one. */
@Controller
class DosesController {

    private final Journal journal;
    private final Products products;
    private final Batches batches;
    private final Timeline timeline;
    private final FormProblems formProblems;
    private final EntryQuestions questions;

    DosesController(Journal journal, Products products, Batches batches, Timeline timeline,
            FormProblems formProblems, EntryQuestions questions) {
        this.questions = questions;
        this.journal = journal;
        this.products = products;
        this.batches = batches;
        this.timeline = timeline;
        this.formProblems = formProblems;
    }

    @GetMapping("/doses/{id}/edit")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        ZoneId zone = journal.zone(user.id());
        Dose dose = journal.dose(user.id(), id);
        model.addAttribute("doseFindings", dose.findings());
        return form(user, model, DoseForm.editing(dose, zone), id);
    }

    /**
     * The findings a dose form would raise, as a fragment the form shows before saving (htmx). A
     * form that cannot be read yet (amount still empty) shows nothing rather than errors mid-typing.
     */
    @PostMapping("/doses/preview")
    String preview(@AuthenticationPrincipal AccountUser user, @ModelAttribute DoseForm doseForm, Model model) {
        try {
            model.addAttribute("doseFindings",
                    journal.previewDose(user.id(), doseForm.input(null, journal.zone(user.id()))).findings());
        } catch (InvalidInputException unfinished) {
            model.addAttribute("doseFindings", List.of());
        }
        return "journal/fragments :: doseFindings";
    }

    /** The batch field for the chosen product (htmx swaps it in when the product changes). */
    @GetMapping("/doses/batch-field")
    String batchField(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) UUID productId,
            Model model) {
        model.addAttribute("batches", batches.choices(user.id(), productId));
        return "journal/fragments :: batchField(chosen=null, p=null, batches=${batches})";
    }

    /**
     * Saves the edit; with {@code check} (the "Check" button, no JavaScript needed) only previews it. A
     * changed amount or time far outside the usual is asked about first ({@code meant}, {@code asTyped}).
     */
    @PostMapping("/doses/{id}")
    String update(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, @ModelAttribute DoseForm doseForm,
            @RequestParam(required = false) String check, @RequestParam(required = false) String meant,
            @RequestParam(required = false) String asTyped, Model model, RedirectAttributes redirect, Locale locale) {
        ZoneId zone = journal.zone(user.id());
        Dose before = journal.dose(user.id(), id);
        DoseForm typed = doseForm.meaning(meant);
        Dose saved;
        try {
            // the stored time, seconds and all, stays when the minute shown was not changed
            DoseInput input = typed.input(id, zone, before.takenAt());
            if (check != null) {
                model.addAttribute("doseFindings", journal.previewDose(user.id(), input).findings());
                return form(user, model, typed, id);
            }
            Optional<EntryQuestions.Questions> ask = questions.dose(user.id(), input, before, asTyped);
            if (ask.isPresent()) {
                model.addAttribute("doseQuestions", ask.get());
                return form(user, model, typed, id);
            }
            saved = journal.updateDose(user.id(), id, input);
        } catch (InvalidInputException refused) {
            model.addAttribute("doseProblems", formProblems.of(refused, locale));
            return form(user, model, typed, id);
        }
        redirect.addFlashAttribute("flash", "flash.doseUpdated");
        return backTo(saved.takenAt().atZone(zone).toLocalDate(), zone);
    }

    @GetMapping("/doses/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        ZoneId zone = journal.zone(user.id());
        model.addAttribute("entry", timeline.entry(user.id(), journal.dose(user.id(), id), zone));
        return "journal/delete";
    }

    @PostMapping("/doses/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ZoneId zone = journal.zone(user.id());
        LocalDate day = journal.dose(user.id(), id).takenAt().atZone(zone).toLocalDate();
        journal.deleteDose(user.id(), id);
        redirect.addFlashAttribute("flash", "flash.doseDeleted");
        Undo.restoreOffered(redirect, EntryKind.DOSE, id);
        return backTo(day, zone);
    }

    private String form(AccountUser user, Model model, DoseForm doseForm, UUID id) {
        model.addAttribute("doseForm", doseForm);
        model.addAttribute("doseId", id);
        model.addAttribute("products", products.list(user.id(), false));
        model.addAttribute("batches", batches.choices(user.id(), doseForm.productUuid()));
        return "journal/dose-edit";
    }

    /** Back to where the entry is listed: Today for today's entries, History for older ones. */
    static String backTo(LocalDate day, ZoneId zone) {
        return day.equals(LocalDate.now(zone)) ? "redirect:/today" : "redirect:/history";
    }
}
