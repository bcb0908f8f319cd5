package app.mitra.accounts.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.mitra.accounts.Accounts;

/** The sign-in page; Spring Security handles the POST and adds {@code error} or {@code logout}. */
@Controller
class LoginController {

    private final Accounts accounts;

    LoginController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("firstAccount", !accounts.hasAccounts());
        return "accounts/login";
    }
}
