package app.mitra.journal.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.FormValues;
import app.mitra.common.web.InvalidInputException;
import app.mitra.journal.Journal;

/**
 * History: every entry by day in the person's zone, newest first, a page at a time, each day with its
 * totals; a date to jump to; and, on the first page, what was deleted within the day, to restore.
 */
@Controller
class HistoryController {

    static final int PAGE_SIZE = 40;

    private final Journal journal;
    private final Timeline timeline;
    private final FormProblems formProblems;

    HistoryController(Journal journal, Timeline timeline, FormProblems formProblems) {
        this.journal = journal;
        this.timeline = timeline;
        this.formProblems = formProblems;
    }

    @GetMapping("/history")
    String history(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String type,
            @RequestParam(required = false) String date, @RequestParam(required = false) String cursor, Model model,
            Locale locale) {
        ZoneId zone = journal.zone(user.id());
        Timeline.Kind kind = Timeline.kind(type);
        LocalDate upTo = null;
        try {
            FormValues values = new FormValues();
            LocalDate chosen = values.date(date, "date");
            upTo = values.build(() -> chosen);
        } catch (InvalidInputException unreadable) {
            model.addAttribute("dateProblems", formProblems.of(unreadable, locale));
        }
        model.addAttribute("type", kind.name().toLowerCase(Locale.ROOT));
        model.addAttribute("date", upTo == null ? date : upTo.toString());
        model.addAttribute("jumpedTo", cursor == null ? upTo : null);
        model.addAttribute("history", timeline.history(user.id(), kind, cursor == null ? upTo : null, cursor,
                PAGE_SIZE, zone));
        model.addAttribute("today", LocalDate.now(zone));
        model.addAttribute("deleted", cursor == null && upTo == null ? timeline.deleted(user.id(), zone) : List.of());
        return "journal/history";
    }
}
