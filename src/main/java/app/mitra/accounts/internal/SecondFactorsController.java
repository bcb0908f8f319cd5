package app.mitra.accounts.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.QrCodes;
import app.mitra.common.web.TooManyAttemptsException;

/**
 * Settings, second factors: set up the authenticator app (QR code, key to type, a code to confirm), see
 * the ten recovery codes once, make new ones, turn it off; add, rename and remove passkeys (adding one is
 * the browser's ceremony, in js/passkeys.js). Also the page an account is sent to when the server
 * requires a second factor and it has none.
 */
@Controller
class SecondFactorsController {

    private static final String PAGE = "redirect:/settings/second-factors";

    private final SecondFactors secondFactors;
    private final Accounts accounts;
    private final FormProblems formProblems;

    SecondFactorsController(SecondFactors secondFactors, Accounts accounts, FormProblems formProblems) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.formProblems = formProblems;
    }

    @GetMapping("/settings/second-factors")
    String page(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String passkeyAdded,
            @RequestParam(required = false) String saved, Model model) {
        SecondFactors.Status status = secondFactors.status(user.id());
        model.addAttribute("status", status);
        model.addAttribute("mustEnrol", secondFactors.required() && !status.any());
        model.addAttribute("zone", accounts.zone(user.id()));
        secondFactors.pendingTotp(user.id()).ifPresent(setup -> {
            model.addAttribute("setup", setup);
            model.addAttribute("qr", QrCodes.svgDataUri(setup.otpauthUri()));
            model.addAttribute("groupedSecret", setup.secret().replaceAll("(.{4})(?!$)", "$1 "));
        });
        if (passkeyAdded != null) {
            model.addAttribute("flash", "flash.passkeyAdded");
        } else if (saved != null && status.totp()) {
            model.addAttribute("flash", "flash.totpOn");
        }
        return "accounts/second-factors";
    }

    @PostMapping("/settings/second-factors/totp")
    String begin(@AuthenticationPrincipal AccountUser user) {
        if (!secondFactors.totpOn(user.id())) {
            secondFactors.beginTotp(user.id());
        }
        return PAGE + "#totp";
    }

    @PostMapping("/settings/second-factors/totp/cancel")
    String cancel(@AuthenticationPrincipal AccountUser user) {
        secondFactors.cancelTotpSetup(user.id());
        return PAGE;
    }

    /** On with a right code: the recovery codes are shown in this answer only, and this session has proven a factor. */
    @PostMapping("/settings/second-factors/totp/confirm")
    String confirm(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String code, Model model,
            Locale locale, Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        return attempt(() -> {
            List<String> codes = secondFactors.confirmTotp(user.id(), code, CurrentSignIn.of(authentication, request));
            SecondStep.prove(request, response);
            return showCodes(user, codes, model);
        }, "problems", user, model, locale);
    }

    @PostMapping("/settings/second-factors/recovery-codes")
    String recoveryCodes(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String password,
            Model model, Locale locale) {
        return attempt(() -> showCodes(user, secondFactors.regenerateRecoveryCodes(user.id(), password), model),
                "codesProblems", user, model, locale);
    }

    @PostMapping("/settings/second-factors/totp/disable")
    String disable(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String password,
            @RequestParam(required = false) String code, Model model, Locale locale, RedirectAttributes redirect) {
        return attempt(() -> {
            secondFactors.disableTotp(user.id(), password, code);
            redirect.addFlashAttribute("flash", "flash.totpOff");
            return PAGE;
        }, "disableProblems", user, model, locale);
    }

    @PostMapping("/settings/second-factors/passkeys/{id}/rename")
    String rename(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
            @RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            secondFactors.renamePasskey(user.id(), id, name);
            redirect.addFlashAttribute("flash", "flash.passkeyRenamed");
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("flash", "flash.passkeyNameRefused");
        }
        return PAGE + "#passkeys";
    }

    @PostMapping("/settings/second-factors/passkeys/{id}/remove")
    String remove(@AuthenticationPrincipal AccountUser user, @PathVariable String id,
            @RequestParam(required = false) String password, Model model, Locale locale, RedirectAttributes redirect) {
        model.addAttribute("removing", id);
        return attempt(() -> {
            secondFactors.removePasskey(user.id(), id, password);
            redirect.addFlashAttribute("flash", "flash.passkeyRemoved");
            return PAGE + "#passkeys";
        }, "removeProblems", user, model, locale);
    }

    /**
     * Makes a change and answers its view; refused, the page again with the problems (in the model under
     * {@code problems}, beside the form that was sent) or, during a sign-in block, how long to wait.
     */
    private String attempt(Supplier<String> change, String problems, AccountUser user, Model model, Locale locale) {
        try {
            return change.get();
        } catch (InvalidInputException refused) {
            model.addAttribute(problems, formProblems.of(refused, locale));
        } catch (TooManyAttemptsException wait) {
            model.addAttribute("wait", wait.retryAfterMinutes());
        }
        return page(user, null, null, model);
    }

    private String showCodes(AccountUser user, List<String> codes, Model model) {
        model.addAttribute("recoveryCodes", codes);
        model.addAttribute("status", secondFactors.status(user.id()));
        model.addAttribute("mustEnrol", false);
        model.addAttribute("zone", accounts.zone(user.id()));
        return "accounts/second-factors";
    }
}
