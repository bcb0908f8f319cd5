package app.mitra.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.ConflictException;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.ListQuery;
import app.mitra.journal.EntryKind;
import app.mitra.journal.Journal;
import app.mitra.journal.WithdrawalCheckIn;

/**
 * Withdrawal check-ins: log one, see the recent totals as a small bar row, edit or delete one.
 * Another person's check-in is "not found", like a missing one.
 */
@Controller
class WithdrawalController {

    /** How many recent check-ins the trend shows. */
    static final int TREND_SIZE = 14;

    private final Journal journal;
    private final Timeline timeline;
    private final FormProblems formProblems;
    private final MessageSource messages;

    WithdrawalController(Journal journal, Timeline timeline, FormProblems formProblems, MessageSource messages) {
        this.journal = journal;
        this.timeline = timeline;
        this.formProblems = formProblems;
        this.messages = messages;
    }

    @GetMapping("/withdrawal")
    String page(@AuthenticationPrincipal AccountUser user, Model model, Locale locale) {
        return page(user, model, WithdrawalForm.blank(commonSymptoms(locale)));
    }

    @PostMapping("/withdrawal")
    String create(@AuthenticationPrincipal AccountUser user, @ModelAttribute WithdrawalForm withdrawalForm, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            journal.createWithdrawal(user.id(), withdrawalForm.input(null, journal.zone(user.id())));
        } catch (ConflictException resent) {
            // The form's id is made when the page is shown: a conflict means this very form was sent before.
            redirect.addFlashAttribute("flash", "flash.alreadySaved");
            return "redirect:/withdrawal";
        } catch (InvalidInputException refused) {
            model.addAttribute("withdrawalProblems", formProblems.of(refused, locale));
            return page(user, model, withdrawalForm);
        }
        redirect.addFlashAttribute("flash", "flash.withdrawalSaved");
        return "redirect:/withdrawal";
    }

    @GetMapping("/withdrawal/{id}/edit")
    String edit(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        ZoneId zone = journal.zone(user.id());
        return form(model, WithdrawalForm.editing(journal.withdrawal(user.id(), id), zone), id);
    }

    @PostMapping("/withdrawal/{id}")
    String update(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
            @ModelAttribute WithdrawalForm withdrawalForm, Model model, RedirectAttributes redirect, Locale locale) {
        ZoneId zone = journal.zone(user.id());
        Instant stored = journal.withdrawal(user.id(), id).takenAt();
        WithdrawalCheckIn saved;
        try {
            saved = journal.updateWithdrawal(user.id(), id, withdrawalForm.input(id, zone, stored));
        } catch (InvalidInputException refused) {
            model.addAttribute("withdrawalProblems", formProblems.of(refused, locale));
            return form(model, withdrawalForm, id);
        }
        redirect.addFlashAttribute("flash", "flash.withdrawalUpdated");
        return DosesController.backTo(saved.takenAt().atZone(zone).toLocalDate(), zone);
    }

    @GetMapping("/withdrawal/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", timeline.entry(journal.withdrawal(user.id(), id), journal.zone(user.id())));
        return "journal/delete";
    }

    @PostMapping("/withdrawal/{id}/delete")
    String delete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ZoneId zone = journal.zone(user.id());
        LocalDate day = journal.withdrawal(user.id(), id).takenAt().atZone(zone).toLocalDate();
        journal.deleteWithdrawal(user.id(), id);
        redirect.addFlashAttribute("flash", "flash.withdrawalDeleted");
        Undo.restoreOffered(redirect, EntryKind.WITHDRAWAL, id);
        return DosesController.backTo(day, zone);
    }

    private String page(AccountUser user, Model model, WithdrawalForm withdrawalForm) {
        ZoneId zone = journal.zone(user.id());
        List<WithdrawalCheckIn> recent = journal.withdrawals(user.id(),
                new ListQuery(Long.MIN_VALUE, Long.MAX_VALUE, TREND_SIZE, null)).items();
        model.addAttribute("withdrawalForm", withdrawalForm);
        model.addAttribute("trend", WithdrawalTrend.of(recent, zone));
        return "journal/withdrawal";
    }

    private String form(Model model, WithdrawalForm withdrawalForm, UUID id) {
        model.addAttribute("withdrawalForm", withdrawalForm);
        model.addAttribute("withdrawalId", id);
        return "journal/withdrawal-edit";
    }

    /** The common symptoms, in the person's language, as a starting point they may reword. */
    private List<String> commonSymptoms(Locale locale) {
        return Arrays.stream(messages.getMessage("withdrawal.common", null, locale).split("\\|"))
                .map(String::strip).toList();
    }
}
