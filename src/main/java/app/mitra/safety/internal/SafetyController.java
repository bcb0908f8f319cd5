package app.mitra.safety.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.library.Library;
import app.mitra.safety.Findings;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.HealthProfiles;
import app.mitra.safety.HelpResources;
import app.mitra.safety.Screening;
import app.mitra.safety.Severity;
import app.mitra.safety.StoredFinding;

/**
 * Safety: the health profile in the person's own words, what screening found (grouped by severity,
 * each with its sources), what could not be checked, and help lines when something is to be avoided.
 */
@Controller
class SafetyController {

    private final HealthProfiles profiles;
    private final Findings findings;
    private final Screening screening;
    private final Rulebook rulebook;
    private final HelpResources help;
    private final FormProblems formProblems;
    private final PlaceInput places;
    private final Library library;

    SafetyController(HealthProfiles profiles, Findings findings, Screening screening, Rulebook rulebook,
            HelpResources help, FormProblems formProblems, PlaceInput places, Library library) {
        this.places = places;
        this.library = library;
        this.profiles = profiles;
        this.findings = findings;
        this.screening = screening;
        this.rulebook = rulebook;
        this.help = help;
        this.formProblems = formProblems;
    }

    @GetMapping("/safety")
    String safety(@AuthenticationPrincipal AccountUser user, Model model) {
        return page(user, model, null);
    }

    @PostMapping("/safety/profile")
    String saveProfile(@AuthenticationPrincipal AccountUser user, @ModelAttribute ProfileForm profileForm,
            Model model, RedirectAttributes redirect, Locale locale) {
        try {
            ProfileForm resolved = profileForm.withJurisdiction(places.code(profileForm.jurisdiction(), locale));
            profiles.save(user.id(), resolved.profile(profiles.get(user.id()).timeZone()));
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
            return page(user, model, profileForm);
        }
        redirect.addFlashAttribute("flash", "flash.profileSaved");
        return "redirect:/safety";
    }

    @PostMapping("/safety/findings/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
            RedirectAttributes redirect) {
        findings.acknowledge(user.id(), id);
        redirect.addFlashAttribute("flash", "flash.findingRead");
        return "redirect:/safety";
    }

    private String page(AccountUser user, Model model, ProfileForm form) {
        HealthProfile profile = profiles.get(user.id());
        List<StoredFinding> current = findings.current(user.id());
        Map<Severity, List<StoredFinding>> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            List<StoredFinding> group = current.stream().filter(f -> f.finding().severity() == severity).toList();
            if (!group.isEmpty()) {
                bySeverity.put(severity, group);
            }
        }
        boolean avoid = current.stream().anyMatch(f -> f.finding().severity() == Severity.AVOID
                && f.state() == StoredFinding.State.NEW);
        model.addAttribute("profileForm", form != null ? form : ProfileForm.of(profile));
        model.addAttribute("findings", bySeverity);
        model.addAttribute("learnMore", current.stream().map(f -> f.finding().category()).distinct()
                .collect(java.util.stream.Collectors.toMap(category -> category, library::learnMore)));
        model.addAttribute("result", screening.check(profile));
        model.addAttribute("help", avoid ? help.forJurisdiction(profile.jurisdiction()) : null);
        model.addAttribute("rulebookVersion", rulebook.version());
        model.addAttribute("rulebookAsOf", rulebook.asOf());
        model.addAttribute("legal", places.current(profile.jurisdiction(), java.util.Locale.ENGLISH));
        return "safety/safety";
    }
}
