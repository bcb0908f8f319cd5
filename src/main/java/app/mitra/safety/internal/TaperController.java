package app.mitra.safety.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.ConflictException;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.safety.HelpResources;
import app.mitra.safety.Taper;
import app.mitra.safety.Tapers;

/**
 * The taper page: set or change a plan, see today's target and how the logged days compare,
 * pause, resume or end it. Help lines are always on the page.
 */
@Controller
class TaperController {

    private final Tapers tapers;
    private final HelpResources help;
    private final FormProblems formProblems;

    TaperController(Tapers tapers, HelpResources help, FormProblems formProblems) {
        this.tapers = tapers;
        this.help = help;
        this.formProblems = formProblems;
    }

    @GetMapping("/taper")
    String page(@AuthenticationPrincipal AccountUser user, Model model) {
        return page(user, model, null);
    }

    @PostMapping("/taper")
    String save(@AuthenticationPrincipal AccountUser user, @ModelAttribute TaperForm taperForm, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            tapers.save(user.id(), taperForm.plan());
        } catch (InvalidInputException refused) {
            model.addAttribute("taperProblems", formProblems.of(refused, locale));
            return page(user, model, taperForm);
        }
        redirect.addFlashAttribute("flash", "flash.taperSaved");
        return "redirect:/taper";
    }

    @PostMapping("/taper/pause")
    String pause(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        return attempt(() -> tapers.pause(user.id()), "flash.taperPaused", redirect);
    }

    @PostMapping("/taper/resume")
    String resume(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        return attempt(() -> tapers.resume(user.id()), "flash.taperResumed", redirect);
    }

    @GetMapping("/taper/end")
    String confirmEnd(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("taper", tapers.current(user.id()));
        return "safety/taper-end";
    }

    @PostMapping("/taper/end")
    String end(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        tapers.end(user.id());
        redirect.addFlashAttribute("flash", "flash.taperEnded");
        return "redirect:/taper";
    }

    /** A pause or resume sent twice (a double tap) finds it done already: say so, change nothing. */
    private static String attempt(Runnable change, String flash, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (ConflictException twice) {
            redirect.addFlashAttribute("flash", "flash.alreadySaved");
        }
        return "redirect:/taper";
    }

    private String page(AccountUser user, Model model, TaperForm refused) {
        Optional<Taper> taper = tapers.find(user.id());
        model.addAttribute("taper", taper.orElse(null));
        model.addAttribute("taperForm",
                refused != null ? refused : taper.map(TaperForm::editing).orElseGet(TaperForm::blank));
        model.addAttribute("changing", refused != null);
        model.addAttribute("help", help.forUser(user.id()));
        return "safety/taper";
    }
}
