package app.mitra.safety.internal.guardrails;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** Numbers as the findings show them: milligrams with thousands separators, durations in hours and minutes. */
final class Numbers {

    private Numbers() {
    }

    static String mg(long mg) {
        return String.format(Locale.ROOT, "%,d", mg);
    }

    static String elapsed(Duration duration, GuardrailBook book) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        Map<String, String> values = Map.of("hours", Long.toString(hours), "minutes", Long.toString(minutes));
        return book.phrase(hours == 0 ? "minutes" : minutes == 0 ? "hours" : "hoursMinutes", values);
    }

    static java.time.Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
