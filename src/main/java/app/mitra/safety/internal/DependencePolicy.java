package app.mitra.safety.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import app.mitra.safety.internal.UsePattern.DayUse;
import app.mitra.safety.internal.UsePattern.Window;

/**
 * One dependence signal as a small named policy: it reads the use pattern with the thresholds of
 * the data file and answers the observed numbers (filling the placeholders of the signal's texts)
 * when the pattern is there, or nothing. Which texts, severity and sources go with it is data.
 */
public enum DependencePolicy {

    DAYS_USED("dependence-days-used", Set.of("windowDays", "minDaysUsed"), Set.of("days", "window")) {
        @Override
        Optional<Map<String, String>> observe(UsePattern pattern, Map<String, Double> p) {
            int window = whole(p, "windowDays");
            int days = pattern.used(pattern.window(window, 0)).size();
            return days >= p.get("minDaysUsed")
                    ? Optional.of(Map.of("days", Integer.toString(days), "window", Integer.toString(window)))
                    : Optional.empty();
        }
    },

    DOSES_PER_DAY("dependence-doses-per-day", Set.of("windowDays", "minDaysUsed", "minDosesPerDay"),
            Set.of("mean", "days", "window")) {
        @Override
        Optional<Map<String, String>> observe(UsePattern pattern, Map<String, Double> p) {
            int window = whole(p, "windowDays");
            List<DayUse> used = pattern.used(pattern.window(window, 0));
            if (used.size() < p.get("minDaysUsed")) {
                return Optional.empty();
            }
            double mean = mean(used, DayUse::doses);
            return mean >= p.get("minDosesPerDay") ? Optional.of(Map.of("mean", oneDecimal(mean),
                    "days", Integer.toString(used.size()), "window", Integer.toString(window))) : Optional.empty();
        }
    },

    DOSES_PER_DAY_RISING("escalation-doses-per-day", Rising.PARAMETERS, Rising.VALUES) {
        @Override
        Optional<Map<String, String>> observe(UsePattern pattern, Map<String, Double> p) {
            return rising(pattern, p, DayUse::doses, DependencePolicy::oneDecimal);
        }
    },

    DAILY_AMOUNT_RISING("escalation-daily-amount", Rising.PARAMETERS, Rising.VALUES) {
        @Override
        Optional<Map<String, String>> observe(UsePattern pattern, Map<String, Double> p) {
            return rising(pattern, p, DayUse::materialMg, mg -> String.format(Locale.ROOT, "%,d", Math.round(mg)));
        }
    },

    WITHDRAWAL_RISING("dependence-withdrawal-rising", Set.of("windowDays", "minRisePoints"),
            Set.of("recent", "before", "window")) {
        @Override
        Optional<Map<String, String>> observe(UsePattern pattern, Map<String, Double> p) {
            int window = whole(p, "windowDays");
            List<Integer> recent = pattern.withdrawalTotals(pattern.window(window, 0));
            List<Integer> before = pattern.withdrawalTotals(pattern.window(window, window));
            if (recent.isEmpty() || before.isEmpty()) {
                return Optional.empty();
            }
            double recentMean = recent.stream().mapToInt(Integer::intValue).average().orElseThrow();
            double beforeMean = before.stream().mapToInt(Integer::intValue).average().orElseThrow();
            return recentMean - beforeMean >= p.get("minRisePoints")
                    ? Optional.of(Map.of("recent", oneDecimal(recentMean), "before", oneDecimal(beforeMean),
                            "window", Integer.toString(window)))
                    : Optional.empty();
        }
    };

    /** Enum constants cannot refer to the enum's own static fields, so the shared sets live here. */
    private static final class Rising {
        static final Set<String> PARAMETERS = Set.of("windowDays", "minDaysUsed", "minRiseFraction");
        static final Set<String> VALUES = Set.of("recent", "before", "percent", "window");
    }

    private final String signalId;
    private final Set<String> parameters;
    private final Set<String> placeholders;

    DependencePolicy(String signalId, Set<String> parameters, Set<String> values) {
        this.signalId = signalId;
        this.parameters = parameters;
        this.placeholders = values;
    }

    public String signalId() {
        return signalId;
    }

    /** The thresholds the data file must give this policy. */
    public Set<String> parameters() {
        return parameters;
    }

    /** The placeholders this policy fills; the signal's texts may use no others. */
    public Set<String> placeholders() {
        return placeholders;
    }

    abstract Optional<Map<String, String>> observe(UsePattern pattern, Map<String, Double> parameters);

    public static Optional<DependencePolicy> forSignal(String signalId) {
        for (DependencePolicy policy : values()) {
            if (policy.signalId.equals(signalId)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }

    /**
     * The recent window's mean per day of use against the window before it; both need enough days
     * of use, so a first week of use or a gap in logging never reads as a rise.
     */
    private static Optional<Map<String, String>> rising(UsePattern pattern, Map<String, Double> p,
            ToDoubleFunction<DayUse> measure, java.util.function.DoubleFunction<String> format) {
        int window = whole(p, "windowDays");
        List<DayUse> recent = pattern.used(pattern.window(window, 0));
        List<DayUse> before = pattern.used(pattern.window(window, window));
        double minDays = p.get("minDaysUsed");
        if (recent.size() < minDays || before.size() < minDays) {
            return Optional.empty();
        }
        double recentMean = mean(recent, measure);
        double beforeMean = mean(before, measure);
        if (beforeMean <= 0 || recentMean < beforeMean * (1 + p.get("minRiseFraction"))) {
            return Optional.empty();
        }
        long percent = Math.round((recentMean / beforeMean - 1) * 100);
        return Optional.of(Map.of("recent", format.apply(recentMean), "before", format.apply(beforeMean),
                "percent", Long.toString(percent), "window", Integer.toString(window)));
    }

    private static double mean(List<DayUse> days, ToDoubleFunction<DayUse> measure) {
        return days.stream().mapToDouble(measure).average().orElse(0);
    }

    private static int whole(Map<String, Double> p, String name) {
        return (int) Math.round(p.get(name));
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
