package app.mitra.products;

import java.util.Optional;
import java.util.UUID;

/**
 * A person's own daily limit in mg of material, set by them or their clinician in the safety
 * profile. Products declares it and safety implements it, so products never depends on safety.
 */
public interface DailyLimits {

    Optional<Long> dailyLimitMg(UUID userId);
}
