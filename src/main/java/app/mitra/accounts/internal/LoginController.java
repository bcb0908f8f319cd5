package app.mitra.accounts.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.mitra.accounts.Accounts;

/** The sign-in page; Spring Security handles the POST and adds {@code error} or {@code logout}. */
@Controller
class LoginController {

    private final Accounts accounts;

    LoginController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked,
            @RequestParam(name = ReturnTo.PARAMETER, required = false) String back, Model model) {
        model.addAttribute("firstAccount", !accounts.hasAccounts());
        // the page to go back to after signing in (where an unsent entry waits), if it is one of ours
        ReturnTo.safe(back).ifPresent(page -> model.addAttribute("returnTo", page));
        // The minutes to wait after too many wrong passwords; anything else in the link is ignored.
        if (locked != null && locked.matches("\\d{1,4}")) {
            model.addAttribute("locked", Integer.parseInt(locked));
        }
        return "accounts/login";
    }
}
