package app.mitra.reports.internal.share;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import app.mitra.accounts.Accounts;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.FormValues;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.PublicUrl;
import app.mitra.common.web.QrCodes;
import app.mitra.reports.internal.Section;

/** "Share with your clinician": make a link (its url shown once), see who opened which, revoke any. */
@Controller
class SharesController {

    private final Shares shares;
    private final Accounts accounts;
    private final FormProblems formProblems;
    private final PublicUrl publicUrl;

    SharesController(Shares shares, Accounts accounts, FormProblems formProblems, PublicUrl publicUrl) {
        this.shares = shares;
        this.accounts = accounts;
        this.formProblems = formProblems;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/shares")
    String page(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("shares", shares.list(user.id()));
        model.addAttribute("sections", List.of(Section.values()));
        model.addAttribute("now", Instant.now());
        model.addAttribute("zone", accounts.zone(user.id()));
        return "reports/shares";
    }

    @PostMapping("/shares")
    String create(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String expiresInDays,
            @RequestParam(required = false) List<String> sections, Model model, Locale locale) {
        FormValues values = new FormValues();
        try {
            Integer days = values.integer(expiresInDays, "expiresInDays");
            Shares.Created created = values.build(() -> shares.create(user.id(), days,
                    sections == null ? Set.of() : Section.parse(sections, "sections"), null));
            // Like an API token, the url is shown in this answer only: its secret is stored hashed.
            String url = SharedReportController.url(publicUrl, created.token()).toString();
            model.addAttribute("newUrl", url);
            model.addAttribute("newQr", QrCodes.svgDataUri(url));
            model.addAttribute("flash", "flash.shareCreated");
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
        }
        return page(user, model);
    }

    @PostMapping("/shares/{id}/revoke")
    String revoke(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        shares.revoke(user.id(), id);
        redirect.addFlashAttribute("flash", "flash.shareRevoked");
        return "redirect:/shares";
    }
}
