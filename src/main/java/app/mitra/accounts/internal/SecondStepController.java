package app.mitra.accounts.internal;

import java.util.Locale;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.SecondFactors;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.TooManyAttemptsException;

/**
 * The second sign-in step, after a right password, for an account with an authenticator app or a
 * passkey: the app's code, a recovery code, or the passkey. Until one is right the session reaches
 * nothing else (SecondFactorRules), and the sign-in is neither logged nor clears the throttle's count.
 * Wrong codes count towards the sign-in throttle; after a few the session is also signed out, so
 * guessing starts over at the password.
 */
@Controller
class SecondStepController {

    static final int TRIES_PER_SIGN_IN = 5;
    private static final String TRIES = SecondStepController.class.getName() + ".tries";

    private final SecondFactors secondFactors;
    private final SignInHandlers signIn;
    private final FormProblems formProblems;

    SecondStepController(SecondFactors secondFactors, SignInHandlers signIn, FormProblems formProblems) {
        this.secondFactors = secondFactors;
        this.signIn = signIn;
        this.formProblems = formProblems;
    }

    @GetMapping("/login/second-factor")
    String codePage(@AuthenticationPrincipal AccountUser user, Authentication authentication,
            @RequestParam(name = ReturnTo.PARAMETER, required = false) String back, Model model) {
        return page(user, authentication, false, back, model);
    }

    @GetMapping("/login/second-factor/recovery")
    String recoveryPage(@AuthenticationPrincipal AccountUser user, Authentication authentication,
            @RequestParam(name = ReturnTo.PARAMETER, required = false) String back, Model model) {
        return page(user, authentication, true, back, model);
    }

    private String page(AccountUser user, Authentication authentication, boolean recovery, String back,
            Model model) {
        if (SecondStep.proven(authentication) || !secondFactors.any(user.id())) {
            return "redirect:" + ReturnTo.orHome(back);
        }
        // where the person was going (an unsent entry may wait there), carried by the forms of this page
        ReturnTo.safe(back).ifPresent(page -> model.addAttribute("returnTo", page));
        boolean totp = secondFactors.totpOn(user.id());
        model.addAttribute("totp", totp);
        model.addAttribute("recovery", totp && recovery);
        model.addAttribute("passkeys", !secondFactors.passkeys(user.id()).isEmpty());
        return "accounts/second-factor";
    }

    @PostMapping("/login/second-factor")
    String code(@AuthenticationPrincipal AccountUser user, Authentication authentication,
            @RequestParam(required = false) String code, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        return attempt(() -> secondFactors.verifyTotp(user, code), "code", false, user, authentication, model,
                locale, request, response);
    }

    @PostMapping("/login/second-factor/recovery")
    String recoveryCode(@AuthenticationPrincipal AccountUser user, Authentication authentication,
            @RequestParam(required = false) String recoveryCode, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        return attempt(() -> secondFactors.useRecoveryCode(user, recoveryCode), "recoveryCode", true, user,
                authentication, model, locale, request, response);
    }

    private String attempt(BooleanSupplier right, String field, boolean recovery, AccountUser user,
            Authentication authentication, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        String back = request.getParameter(ReturnTo.PARAMETER);
        if (SecondStep.proven(authentication)) {
            return "redirect:" + ReturnTo.orHome(back);
        }
        HttpSession session = request.getSession();
        boolean accepted;
        try {
            accepted = right.getAsBoolean();
        } catch (TooManyAttemptsException wait) {
            model.addAttribute("wait", wait.retryAfterMinutes());
            return page(user, authentication, recovery, back, model);
        }
        if (accepted) {
            session.removeAttribute(TRIES);
            SecondStep.prove(request, response);
            signIn.signedIn(user, request);
            return "redirect:" + ReturnTo.orHome(back);
        }
        int tries = (session.getAttribute(TRIES) instanceof Integer count ? count : 0) + 1;
        if (tries >= TRIES_PER_SIGN_IN) {
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            return "redirect:/login?secondFactorTries";
        }
        session.setAttribute(TRIES, tries);
        model.addAttribute("problems", formProblems.of(new InvalidInputException(field,
                field.equals("code") ? "secondFactor.wrongCode" : "secondFactor.wrongRecoveryCode"), locale));
        return page(user, authentication, recovery, back, model);
    }
}
