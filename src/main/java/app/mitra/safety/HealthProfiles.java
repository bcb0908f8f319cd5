package app.mitra.safety;

import java.util.UUID;

import org.springframework.stereotype.Service;

import app.mitra.accounts.Accounts;
import app.mitra.common.storage.Writes;
import app.mitra.safety.internal.ProfileRepository;

/** The health profile of each person; an account without one has an empty profile. */
@Service
public class HealthProfiles {

    private final ProfileRepository profiles;
    private final Accounts accounts;
    private final Writes writes;

    HealthProfiles(ProfileRepository profiles, Accounts accounts, Writes writes) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.writes = writes;
    }

    public HealthProfile get(UUID userId) {
        String zone = accounts.account(userId).timeZone();
        return profiles.find(userId, zone).orElseGet(() -> HealthProfile.empty(zone));
    }

    /** Stores the profile; a changed time zone is the account's and is saved there. */
    public HealthProfile save(UUID userId, HealthProfile profile) {
        if (profile.timeZone() != null && !profile.timeZone().equals(accounts.account(userId).timeZone())) {
            accounts.changeTimeZone(userId, profile.timeZone());
        }
        writes.run(() -> profiles.save(userId, profile, System.currentTimeMillis()));
        return get(userId);
    }
}
