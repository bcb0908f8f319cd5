package app.mitra.safety.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.mitra.accounts.AccountUser;
import app.mitra.safety.DependenceSignals;
import app.mitra.safety.HelpResources;
import app.mitra.safety.Tapers;

/**
 * Fragments other screens load with htmx: the dependence signals box (with help and today's taper
 * target, empty when there is neither) and the help lines on their own.
 */
@Controller
class SignalsController {

    private final DependenceSignals signals;
    private final HelpResources help;
    private final Tapers tapers;

    SignalsController(DependenceSignals signals, HelpResources help, Tapers tapers) {
        this.signals = signals;
        this.help = help;
        this.tapers = tapers;
    }

    @GetMapping("/safety/signals")
    String signals(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("signals", signals.evaluate(user.id()));
        model.addAttribute("taper", tapers.find(user.id()).orElse(null));
        model.addAttribute("help", help.forUser(user.id()));
        return "safety/signals :: box";
    }

    @GetMapping("/safety/help")
    String help(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("help", help.forUser(user.id()));
        return "safety/help :: resources";
    }
}
