package app.mitra.journal.internal;

import java.time.ZoneId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.mitra.accounts.AccountUser;
import app.mitra.journal.Journal;

/** History: every entry by day in the person's zone, newest first, a page at a time. */
@Controller
class HistoryController {

    static final int PAGE_SIZE = 40;

    private final Journal journal;
    private final Timeline timeline;

    HistoryController(Journal journal, Timeline timeline) {
        this.journal = journal;
        this.timeline = timeline;
    }

    @GetMapping("/history")
    String history(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String type,
            @RequestParam(required = false) String cursor, Model model) {
        ZoneId zone = journal.zone(user.id());
        Timeline.Kind kind = Timeline.kind(type);
        model.addAttribute("type", kind.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("history", timeline.history(user.id(), kind, cursor, PAGE_SIZE, zone));
        model.addAttribute("today", java.time.LocalDate.now(zone));
        return "journal/history";
    }
}
