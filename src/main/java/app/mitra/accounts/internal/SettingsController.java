package app.mitra.accounts.internal;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.TooManyAttemptsException;

/**
 * Settings: time zone, deleting the account and, for admins, invite codes (shown once, right after
 * one is made). The password, sessions, tokens and the security log are on the Security page.
 */
@Controller
class SettingsController {

    private final Accounts accounts;
    private final FormProblems formProblems;

    SettingsController(Accounts accounts, FormProblems formProblems) {
        this.accounts = accounts;
        this.formProblems = formProblems;
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("account", accounts.account(user.id()));
        model.addAttribute("zones", SignupController.ZONES);
        model.addAttribute("zone", accounts.zone(user.id()));
        if (user.isAdmin()) {
            model.addAttribute("invites", accounts.invites(user));
        }
        return "accounts/settings";
    }

    @PostMapping("/settings/time-zone")
    String timeZone(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String timeZone,
            Model model, RedirectAttributes redirect, Locale locale) {
        return attempt(() -> accounts.changeTimeZone(user.id(), timeZone), "flash.timeZoneSaved", user, model,
                redirect, locale);
    }

    @PostMapping("/settings/invites")
    String createInvite(@AuthenticationPrincipal AccountUser user, Model model) {
        // Like a token's secret, the code is shown in this answer only.
        model.addAttribute("newInvite", accounts.createInvite(user));
        model.addAttribute("flash", "flash.inviteCreated");
        return settings(user, model);
    }

    /** Deletes the account once the password is typed again, then signs the browser out. */
    @PostMapping("/settings/delete-account")
    String deleteAccount(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String password,
            Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        try {
            accounts.deleteAccount(user.id(), password);
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
            return settings(user, model);
        } catch (TooManyAttemptsException wait) {
            model.addAttribute("wait", wait.retryAfterMinutes());
            return settings(user, model);
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?deleted";
    }

    private String attempt(Runnable change, String done, AccountUser user, Model model, RedirectAttributes redirect,
            Locale locale) {
        try {
            change.run();
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
            return settings(user, model);
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:/settings";
    }
}
