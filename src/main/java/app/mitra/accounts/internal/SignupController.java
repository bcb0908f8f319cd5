package app.mitra.accounts.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.accounts.Registration;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;

/**
 * Sign-up: the first account needs no invite and becomes admin; later ones need an invite code
 * unless registration is open. A new account is signed in at once.
 */
@Controller
class SignupController {

    /** Every zone the JVM knows, sorted, for the time-zone select (no script needed to choose one). */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    record SignupForm(String username, String password, String timeZone, String inviteCode) {
    }

    private final Accounts accounts;
    private final UserDetailsService users;
    private final FormProblems formProblems;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final SignInHandlers signedIn;

    SignupController(Accounts accounts, UserDetailsService users, FormProblems formProblems, SignInHandlers signedIn) {
        this.accounts = accounts;
        this.users = users;
        this.formProblems = formProblems;
        this.signedIn = signedIn;
    }

    @GetMapping("/signup")
    String form(Model model) {
        return page(model, new SignupForm(null, null, "UTC", null));
    }

    @PostMapping("/signup")
    String signUp(@ModelAttribute SignupForm signupForm, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            accounts.register(new Registration(signupForm.username(), signupForm.password(), signupForm.timeZone(),
                    signupForm.inviteCode()));
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
            // The password is never sent back into the page.
            return page(model, new SignupForm(signupForm.username(), null, signupForm.timeZone(),
                    signupForm.inviteCode()));
        }
        signIn(signupForm.username(), request, response);
        redirect.addFlashAttribute("flash", "flash.welcome");
        return "redirect:/today";
    }

    private void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        AccountUser user = (AccountUser) users.loadUserByUsername(username);
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        // A new session id after signing in, as the login form does: a planted session id is worthless.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
        signedIn.signedIn(user, request);
    }

    private String page(Model model, SignupForm signupForm) {
        boolean first = !accounts.hasAccounts();
        model.addAttribute("signupForm", signupForm);
        model.addAttribute("firstAccount", first);
        model.addAttribute("inviteNeeded", !first && !accounts.registrationOpen());
        model.addAttribute("zones", ZONES);
        return "accounts/signup";
    }
}
