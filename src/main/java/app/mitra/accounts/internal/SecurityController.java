package app.mitra.accounts.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
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
import app.mitra.accounts.CurrentSignIn;
import app.mitra.accounts.SecondFactors;
import app.mitra.accounts.SecurityEvents;
import app.mitra.accounts.Sessions;
import app.mitra.accounts.Tokens;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.FormValues;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.TooManyAttemptsException;

/**
 * Settings › Security: where the person is signed in (sign out one device or every other one), the
 * password, whether a second factor guards the account, API tokens (a new token's secret is shown
 * once, in the answer that made it) and the security log.
 */
@Controller
class SecurityController {

    private static final int EVENTS_SHOWN = 20;

    private final Accounts accounts;
    private final Sessions sessions;
    private final Tokens tokens;
    private final SecurityEvents events;
    private final SecondFactors secondFactors;
    private final FormProblems formProblems;

    SecurityController(Accounts accounts, Sessions sessions, Tokens tokens, SecurityEvents events,
            SecondFactors secondFactors, FormProblems formProblems) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.events = events;
        this.secondFactors = secondFactors;
        this.formProblems = formProblems;
    }

    @GetMapping("/settings/security")
    String page(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String events,
            HttpServletRequest request, Model model) {
        model.addAttribute("sessions", sessions.list(user.getUsername(), request.getSession().getId()));
        model.addAttribute("tokens", tokens.list(user.id()));
        model.addAttribute("secondFactors", secondFactors.status(user.id()));
        model.addAttribute("now", Instant.now());
        model.addAttribute("zone", accounts.zone(user.id()));
        model.addAttribute("tokenDays", Tokens.MAX_DAYS);
        ListQuery query = ListQuery.parse(null, null, EVENTS_SHOWN, events, accounts.zone(user.id()));
        model.addAttribute("events", this.events.list(user.id(), query));
        return "accounts/security";
    }

    @PostMapping("/settings/password")
    String password(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, Authentication authentication,
            HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            accounts.changePassword(user.id(), currentPassword, newPassword, CurrentSignIn.of(authentication, request));
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
            return page(user, null, request, model);
        } catch (TooManyAttemptsException wait) {
            model.addAttribute("wait", wait.retryAfterMinutes());
            return page(user, null, request, model);
        }
        redirect.addFlashAttribute("flash", "flash.passwordSaved");
        return "redirect:/settings/security";
    }

    @PostMapping("/settings/sessions/{id}/end")
    String endSession(@AuthenticationPrincipal AccountUser user, @PathVariable String id, RedirectAttributes redirect) {
        sessions.end(user.id(), user.getUsername(), id);
        redirect.addFlashAttribute("flash", "flash.sessionEnded");
        return "redirect:/settings/security";
    }

    @PostMapping("/settings/sessions/end-others")
    String endOtherSessions(@AuthenticationPrincipal AccountUser user, HttpServletRequest request,
            RedirectAttributes redirect) {
        sessions.endOthers(user.id(), user.getUsername(), request.getSession().getId());
        redirect.addFlashAttribute("flash", "flash.otherSessionsEnded");
        return "redirect:/settings/security";
    }

    @PostMapping("/settings/tokens")
    String createToken(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String name,
            @RequestParam(required = false) String expiresInDays, HttpServletRequest request, Model model,
            Locale locale) {
        FormValues values = new FormValues();
        try {
            Integer days = values.integer(expiresInDays, "expiresInDays");
            model.addAttribute("newToken", values.build(() -> tokens.issue(user.id(), name, days)));
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
            return page(user, null, request, model);
        }
        // The secret is shown in this answer only: a redirect would have to park it in the session store.
        model.addAttribute("flash", "flash.tokenCreated");
        return page(user, null, request, model);
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(user.id(), id);
        redirect.addFlashAttribute("flash", "flash.tokenRevoked");
        return "redirect:/settings/security";
    }
}
