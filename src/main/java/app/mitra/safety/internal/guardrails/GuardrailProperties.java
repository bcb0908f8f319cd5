package app.mitra.safety.internal.guardrails;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dose guardrails' settings ({@code mitra.safety.guardrails.*}). A dose is "above your usual"
 * when its mass exceeds the median of the person's doses in the last {@code medianDays} days by more
 * than {@code medianFraction} (0.5 = 50%), and only once at least {@code medianMinimumDoses} earlier
 * doses make a median worth comparing with; use on {@code consecutiveDays} days in a row is noted;
 * a depressant logged within {@code depressantWindow} before a dose is a warning.
 */
@ConfigurationProperties(prefix = "mitra.safety.guardrails")
public record GuardrailProperties(Double medianFraction, Integer medianDays, Integer medianMinimumDoses,
        Integer consecutiveDays, Duration depressantWindow) {

    public GuardrailProperties {
        medianFraction = medianFraction == null ? 0.5 : medianFraction;
        medianDays = medianDays == null ? 14 : medianDays;
        medianMinimumDoses = medianMinimumDoses == null ? 3 : medianMinimumDoses;
        consecutiveDays = consecutiveDays == null ? 7 : consecutiveDays;
        depressantWindow = depressantWindow == null ? Duration.ofHours(6) : depressantWindow;
        require(medianFraction > 0 && medianFraction <= 10, "median-fraction must be more than 0 and at most 10");
        require(medianDays >= 1 && medianDays <= 365, "median-days must be between 1 and 365");
        require(medianMinimumDoses >= 1 && medianMinimumDoses <= 100, "median-minimum-doses must be between 1 and 100");
        require(consecutiveDays >= 2 && consecutiveDays <= 365, "consecutive-days must be between 2 and 365");
        require(!depressantWindow.isNegative() && !depressantWindow.isZero()
                && depressantWindow.compareTo(Duration.ofHours(48)) <= 0, "depressant-window must be more than 0 and at most 48h");
    }

    public static GuardrailProperties defaults() {
        return new GuardrailProperties(null, null, null, null, null);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("mitra.safety.guardrails." + message);
        }
    }
}
