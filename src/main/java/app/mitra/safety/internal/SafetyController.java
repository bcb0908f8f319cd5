package app.mitra.safety.internal;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
import app.mitra.safety.StoredFinding.State;

/**
 * Safety, in the order a tired person needs it: what needs attention now (findings not yet read,
 * strongest first), then the health profile and what could not be checked, then help lines, then the
 * findings already read. Each list shows a few and keeps the rest behind "show all"; "I've read this"
 * leaves the person where they were.
 */
@Controller
class SafetyController {

    /** Cards shown before "show all": enough to act on, few enough to read on a phone. */
    static final int SHOWN = 3;

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

    /**
     * Marks a finding read. With htmx the card is swapped in place (read, and saying so) and the count
     * of what needs attention updates; without JavaScript the page comes back at the same section.
     */
    @PostMapping("/safety/findings/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        findings.acknowledge(user.id(), id);
        if (htmx == null) {
            redirect.addFlashAttribute("flash", "flash.findingRead");
            return "redirect:/safety#attention";
        }
        StoredFinding read = findings.get(user.id(), id);
        model.addAttribute("f", read);
        model.addAttribute("learnMore", learnMore(List.of(read)));
        model.addAttribute("zone", ZoneId.of(profiles.get(user.id()).timeZone()));
        model.addAttribute("attentionCount", findings.open(user.id()).size());
        return "safety/safety :: acknowledged";
    }

    private String page(AccountUser user, Model model, ProfileForm form) {
        HealthProfile profile = profiles.get(user.id());
        List<StoredFinding> current = findings.current(user.id());
        List<StoredFinding> attention = current.stream().filter(f -> f.state() == State.NEW).toList();
        List<StoredFinding> read = current.stream().filter(f -> f.state() == State.ACKNOWLEDGED)
                .sorted(Comparator.comparing(StoredFinding::lastSeenAt).reversed()).toList();
        boolean avoid = current.stream().anyMatch(f -> f.finding().severity() == Severity.AVOID);
        model.addAttribute("profile", profile);
        model.addAttribute("profileForm", form != null ? form : ProfileForm.of(profile));
        model.addAttribute("attention", attention);
        model.addAttribute("attentionCount", attention.size());
        model.addAttribute("read", read);
        model.addAttribute("shown", SHOWN);
        model.addAttribute("zone", ZoneId.of(profile.timeZone()));
        model.addAttribute("learnMore", learnMore(current));
        model.addAttribute("result", screening.check(profile));
        model.addAttribute("help", avoid ? help.forJurisdiction(profile.jurisdiction()) : null);
        model.addAttribute("rulebookVersion", rulebook.version());
        model.addAttribute("rulebookAsOf", rulebook.asOf());
        model.addAttribute("legal", places.current(profile.jurisdiction(), Locale.ENGLISH));
        return "safety/safety";
    }

    private Map<String, String> learnMore(List<StoredFinding> shown) {
        return shown.stream().map(f -> f.finding().category()).distinct()
                .collect(Collectors.toMap(category -> category, library::learnMore));
    }
}
