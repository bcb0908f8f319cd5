package app.mitra.safety.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.products.DailyLimits;
import app.mitra.safety.HealthProfiles;

/** The personal daily limit of the safety profile, for products to say what it would mean for a batch. */
@Component
class ProfileDailyLimits implements DailyLimits {

    private final HealthProfiles profiles;

    ProfileDailyLimits(HealthProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Optional<Long> dailyLimitMg(UUID userId) {
        return Optional.ofNullable(profiles.get(userId).dailyLimitMg()).map(Integer::longValue);
    }
}
