package app.mitra.safety.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.safety.Findings;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.HealthProfiles;
import app.mitra.safety.Screening;
import app.mitra.safety.ScreeningResult;
import app.mitra.safety.StoredFinding;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Safety")
class SafetyApiController {

    private final Screening screening;
    private final HealthProfiles profiles;
    private final Findings findings;

    SafetyApiController(Screening screening, HealthProfiles profiles, Findings findings) {
        this.screening = screening;
        this.profiles = profiles;
        this.findings = findings;
    }

    record CheckRequest(Integer age, List<String> conditions, List<String> medications, List<String> substances) {
    }

    /** Bound as plain values so the profile's own checks answer with field errors. */
    record ProfileRequest(String timeZone, Integer age, List<String> conditions, List<String> medications,
            List<String> substances, String jurisdiction, Integer dailyLimitMg, Integer maxDosesPerDay) {

        HealthProfile profile() {
            return new HealthProfile(timeZone, age, conditions, medications, substances, jurisdiction, dailyLimitMg,
                    maxDosesPerDay);
        }
    }

    record FindingList(String rulebookVersion, List<StoredFinding> items) {
    }

    @PostMapping("/safety/check")
    ScreeningResult check(@RequestBody CheckRequest body) {
        // The profile's own checks (age range, line count and length) apply to a one-off check too.
        HealthProfile input = new HealthProfile(null, body.age(), body.conditions(), body.medications(),
                body.substances(), null, null, null);
        return screening.check(input);
    }

    @GetMapping("/profile")
    HealthProfile profile(@AuthenticationPrincipal AccountUser user) {
        return profiles.get(user.id());
    }

    @PutMapping("/profile")
    HealthProfile saveProfile(@AuthenticationPrincipal AccountUser user, @RequestBody ProfileRequest body) {
        return profiles.save(user.id(), body.profile());
    }

    @PostMapping("/safety/screen")
    ScreeningResult screen(@AuthenticationPrincipal AccountUser user) {
        return profiles.screen(user.id());
    }

    @GetMapping("/safety/findings")
    FindingList findings(@AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "false") boolean all) {
        return new FindingList(screening.rulebookVersion(),
                all ? findings.current(user.id()) : findings.open(user.id()));
    }

    @PostMapping("/safety/findings/{id}/acknowledge")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acknowledge(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        findings.acknowledge(user.id(), id);
    }
}
