package app.mitra.journal.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.ConflictException;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.journal.CheckInInput;
import app.mitra.journal.Dose;
import app.mitra.journal.DoseInput;
import app.mitra.journal.EntryKind;
import app.mitra.journal.Journal;
import app.mitra.journal.NoteInput;
import app.mitra.journal.PlausibleAmounts;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.Substances;
import app.mitra.journal.TodayNotices;
import app.mitra.products.Batches;
import app.mitra.products.Products;

/**
 * Today: log a dose like the last one in one tap (its findings shown before saving), check in on
 * pain, log alcohol or a medicine, write a note, and see today's entries.
 */
@Controller
class TodayController {

    private final Journal journal;
    private final Substances substances;
    private final Products products;
    private final Batches batches;
    private final Timeline timeline;
    private final FormProblems formProblems;
    private final ObjectProvider<TodayNotices> notices;
    private final EntryQuestions questions;
    private final PlausibleAmounts amounts;

    TodayController(Journal journal, Substances substances, Products products, Batches batches, Timeline timeline,
            FormProblems formProblems, ObjectProvider<TodayNotices> notices, EntryQuestions questions,
            PlausibleAmounts amounts) {
        this.questions = questions;
        this.amounts = amounts;
        this.journal = journal;
        this.substances = substances;
        this.products = products;
        this.batches = batches;
        this.timeline = timeline;
        this.formProblems = formProblems;
        this.notices = notices;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/today";
    }

    @GetMapping("/today")
    String today(@AuthenticationPrincipal AccountUser user, Model model) {
        return page(user, model, null, null, null, null);
    }

    /**
     * Logs the dose; with {@code check} (the form's "Check" button, which works without JavaScript) only
     * previews it. An amount or time far outside the usual is asked about first: {@code meant} is the
     * amount chosen on "did you mean ...?", {@code asTyped} saves what was typed.
     */
    @PostMapping("/doses")
    String logDose(@AuthenticationPrincipal AccountUser user, @ModelAttribute DoseForm doseForm,
            @RequestParam(required = false) String check, @RequestParam(required = false) String meant,
            @RequestParam(required = false) String asTyped, Model model, RedirectAttributes redirect, Locale locale) {
        DoseForm typed = doseForm.meaning(meant);
        UUID logged;
        try {
            DoseInput input = typed.input(null, journal.zone(user.id()));
            if (check != null) {
                model.addAttribute("doseFindings", journal.previewDose(user.id(), input).findings());
                return page(user, model, typed, null, null, null);
            }
            Optional<EntryQuestions.Questions> ask = questions.dose(user.id(), input, asTyped);
            if (ask.isPresent()) {
                model.addAttribute("doseQuestions", ask.get());
                return page(user, model, typed, null, null, null);
            }
            logged = journal.createDose(user.id(), input).value().id();
        } catch (ConflictException resent) {
            return alreadySaved(redirect);
        } catch (InvalidInputException refused) {
            model.addAttribute("doseProblems", formProblems.of(refused, locale));
            return page(user, model, typed, null, null, null);
        }
        redirect.addFlashAttribute("flash", "flash.doseSaved");
        Undo.deleteOffered(redirect, EntryKind.DOSE, logged);
        return "redirect:/today";
    }

    @PostMapping("/checkins")
    String checkIn(@AuthenticationPrincipal AccountUser user, @ModelAttribute CheckInForm checkInForm,
            @RequestParam(required = false) String asTyped, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            CheckInInput input = checkInForm.input(null, journal.zone(user.id()));
            Optional<EntryQuestions.Questions> ask = questions.time(user.id(), input.takenAt(), asTyped);
            if (ask.isPresent()) {
                model.addAttribute("checkInQuestions", ask.get());
                return page(user, model, null, checkInForm, null, null);
            }
            journal.createCheckIn(user.id(), input);
        } catch (ConflictException resent) {
            return alreadySaved(redirect);
        } catch (InvalidInputException refused) {
            model.addAttribute("checkInProblems", formProblems.of(refused, locale));
            return page(user, model, null, checkInForm, null, null);
        }
        redirect.addFlashAttribute("flash", "flash.checkInSaved");
        return "redirect:/today";
    }

    @PostMapping("/substances")
    String logSubstance(@AuthenticationPrincipal AccountUser user, @ModelAttribute SubstanceForm substanceForm,
            @RequestParam(required = false) String asTyped, Model model, RedirectAttributes redirect, Locale locale) {
        UUID logged;
        try {
            SubstanceInput input = substanceForm.input(null, journal.zone(user.id()));
            Optional<EntryQuestions.Questions> ask = questions.time(user.id(), input.takenAt(), asTyped);
            if (ask.isPresent()) {
                model.addAttribute("substanceQuestions", ask.get());
                return page(user, model, null, null, substanceForm, null);
            }
            logged = substances.create(user.id(), input).value().id();
        } catch (ConflictException resent) {
            return alreadySaved(redirect);
        } catch (InvalidInputException refused) {
            model.addAttribute("substanceProblems", formProblems.of(refused, locale));
            return page(user, model, null, null, substanceForm, null);
        }
        redirect.addFlashAttribute("flash", "flash.substanceSaved");
        Undo.deleteOffered(redirect, EntryKind.SUBSTANCE, logged);
        return "redirect:/today";
    }

    @PostMapping("/notes")
    String writeNote(@AuthenticationPrincipal AccountUser user, @ModelAttribute NoteForm noteForm,
            @RequestParam(required = false) String asTyped, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            NoteInput input = noteForm.input(null, journal.zone(user.id()));
            Optional<EntryQuestions.Questions> ask = questions.time(user.id(), input.takenAt(), asTyped);
            if (ask.isPresent()) {
                model.addAttribute("noteQuestions", ask.get());
                return page(user, model, null, null, null, noteForm);
            }
            journal.createNote(user.id(), input);
        } catch (ConflictException resent) {
            return alreadySaved(redirect);
        } catch (InvalidInputException refused) {
            model.addAttribute("noteProblems", formProblems.of(refused, locale));
            return page(user, model, null, null, null, noteForm);
        }
        redirect.addFlashAttribute("flash", "flash.noteSaved");
        return "redirect:/today";
    }

    /**
     * The form's id is made when the page is shown, so a conflict means this very form was sent
     * before (a double tap, or "back" and send again, where "now" has moved on): it is saved already.
     */
    private static String alreadySaved(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "flash.alreadySaved");
        return "redirect:/today";
    }

    private String page(AccountUser user, Model model, DoseForm doseForm, CheckInForm checkInForm,
            SubstanceForm substanceForm, NoteForm noteForm) {
        ZoneId zone = journal.zone(user.id());
        LocalDate date = LocalDate.now(zone);
        model.addAttribute("date", date);
        model.addAttribute("notices", notices.orderedStream().flatMap(source -> source.noticesFor(user.id()).stream())
                .toList());
        model.addAttribute("entries", timeline.day(user.id(), date, zone));
        model.addAttribute("products", products.list(user.id(), false));
        // A refused dose form stays open with what was typed; otherwise offer the last dose again, unless its
        // amount is one nobody takes at once (most likely a slip): one tap must never repeat that.
        Optional<Dose> last = doseForm == null ? journal.lastDose(user.id())
                .filter(dose -> amounts.check(dose.form(), dose.unit(), dose.amount()).isEmpty()) : Optional.empty();
        model.addAttribute("last", last.map(dose -> timeline.entry(user.id(), dose, zone)).orElse(null));
        DoseForm shown = doseForm != null ? doseForm : last.map(DoseForm::repeating).orElseGet(DoseForm::blank);
        model.addAttribute("doseForm", shown);
        model.addAttribute("batches", batches.choices(user.id(), shown.productUuid()));
        model.addAttribute("checkInForm", checkInForm != null ? checkInForm : CheckInForm.blank());
        model.addAttribute("substanceForm", substanceForm != null ? substanceForm : SubstanceForm.blank());
        model.addAttribute("noteForm", noteForm != null ? noteForm : NoteForm.blank());
        return "journal/today";
    }
}
