package app.mitra.safety;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.mitra.accounts.Accounts;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.storage.Writes;
import app.mitra.legal.Legal;
import app.mitra.safety.StoredFinding.Origin;
import app.mitra.safety.internal.ProfileRepository;

/**
 * The health profile of each person; an account without one has an empty profile. Every change is
 * screened at once: the profile and its findings are stored in one write, so they never disagree.
 */
@Service
public class HealthProfiles {

    private final ProfileRepository profiles;
    private final Accounts accounts;
    private final Writes writes;
    private final Screening screening;
    private final Findings findings;
    private final Legal legal;

    HealthProfiles(ProfileRepository profiles, Accounts accounts, Writes writes, Screening screening,
            Findings findings, Legal legal) {
        this.legal = legal;
        this.profiles = profiles;
        this.accounts = accounts;
        this.writes = writes;
        this.screening = screening;
        this.findings = findings;
    }

    public HealthProfile get(UUID userId) {
        String zone = accounts.account(userId).timeZone();
        return profiles.find(userId, zone).orElseGet(() -> HealthProfile.empty(zone));
    }

    /**
     * Stores the profile and replaces its findings (acknowledgements survive); a changed time zone
     * is the account's and is saved there.
     */
    public HealthProfile save(UUID userId, HealthProfile profile) {
        // A code the legal data does not know would silently hide the legal banner on Today.
        if (profile.jurisdiction() != null && legal.jurisdiction(profile.jurisdiction()).isEmpty()) {
            throw new InvalidInputException("jurisdiction",
                    "is not in Mitra's legal data; find the code with GET /api/v1/legal/lookup?place=...");
        }
        if (profile.timeZone() != null && !profile.timeZone().equals(accounts.account(userId).timeZone())) {
            accounts.changeTimeZone(userId, profile.timeZone());
        }
        List<Finding> found = screening.check(profile).findings();
        writes.run(() -> {
            profiles.save(userId, profile, System.currentTimeMillis());
            findings.replace(userId, Origin.PROFILE, found);
        });
        return get(userId);
    }

    /** Screens the stored profile again (after a rulebook update, or on request) and stores its findings. */
    public ScreeningResult screen(UUID userId) {
        ScreeningResult result = screening.check(get(userId));
        findings.replace(userId, Origin.PROFILE, result.findings());
        return result;
    }
}
