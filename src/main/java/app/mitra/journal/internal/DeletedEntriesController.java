package app.mitra.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.NotFoundException;
import app.mitra.journal.EntryKind;
import app.mitra.journal.Journal;
import app.mitra.journal.Substances;

/**
 * A deleted entry's page (where Back after a deletion leads) and restoring one, for every kind of entry.
 * Another person's entry is "not found", like a missing one.
 */
@Controller
class DeletedEntriesController {

    static final String KINDS = "{kind:checkins|doses|substances|withdrawal|notes}";

    private final Journal journal;
    private final Substances substances;
    private final Timeline timeline;

    DeletedEntriesController(Journal journal, Substances substances, Timeline timeline) {
        this.journal = journal;
        this.substances = substances;
        this.timeline = timeline;
    }

    /** What was deleted and until when it can be restored; an entry that is back leads to its edit page. */
    @GetMapping("/" + KINDS + "/{id}/deleted")
    String deleted(@AuthenticationPrincipal AccountUser user, @PathVariable String kind, @PathVariable UUID id,
            Model model) {
        EntryKind what = EntryKind.ofPath(kind).orElseThrow();
        ZoneId zone = journal.zone(user.id());
        return timeline.deleted(user.id(), zone).stream()
                .filter(gone -> gone.entry().id().equals(id) && gone.entry().kind().equals(what.entity()))
                .findFirst()
                .map(gone -> {
                    model.addAttribute("gone", gone);
                    return "journal/deleted";
                })
                .orElseGet(() -> {
                    // back in the journal (restored elsewhere): its page is the edit page; otherwise not found
                    takenAt(user, what, id);
                    return "redirect:/" + kind + "/" + id + "/edit";
                });
    }

    /** Restores the entry, then back to History when asked from there, else to where the entry is listed. */
    @PostMapping("/" + KINDS + "/{id}/restore")
    String restore(@AuthenticationPrincipal AccountUser user, @PathVariable String kind, @PathVariable UUID id,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        EntryKind what = EntryKind.ofPath(kind).orElseThrow();
        ZoneId zone = journal.zone(user.id());
        Instant takenAt = switch (what) {
            case CHECKIN -> journal.restoreCheckIn(user.id(), id).takenAt();
            case DOSE -> journal.restoreDose(user.id(), id).takenAt();
            case SUBSTANCE -> substances.restore(user.id(), id).takenAt();
            case WITHDRAWAL -> journal.restoreWithdrawal(user.id(), id).takenAt();
            case NOTE -> journal.restoreNote(user.id(), id).takenAt();
        };
        redirect.addFlashAttribute("flash", "flash.restored." + what.entity());
        return "history".equals(back) ? "redirect:/history"
                : DosesController.backTo(takenAt.atZone(zone).toLocalDate(), zone);
    }

    /** The entry's time if it is in the journal; not found otherwise. */
    private Instant takenAt(AccountUser user, EntryKind kind, UUID id) {
        return switch (kind) {
            case CHECKIN -> journal.checkIn(user.id(), id).takenAt();
            case DOSE -> journal.dose(user.id(), id).takenAt();
            case SUBSTANCE -> substances.get(user.id(), id).takenAt();
            case WITHDRAWAL -> journal.withdrawal(user.id(), id).takenAt();
            case NOTE -> journal.note(user.id(), id).takenAt();
        };
    }
}
