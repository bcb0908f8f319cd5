package app.mitra.safety;

import java.util.List;
import java.util.Objects;

import app.mitra.common.Checks;

/**
 * What a person tells Mitra about their health, in their own words: conditions, medicines and other
 * substances are free-text lines ("Xanax 0.5 mg as needed"). The personal limits are theirs (or their
 * clinician's) to set; Mitra never suggests them. {@code timeZone} belongs to the account and is shown here.
 */
public record HealthProfile(String timeZone, Integer age, List<String> conditions, List<String> medications,
        List<String> substances, String jurisdiction, Integer dailyLimitMg, Integer maxDosesPerDay) {

    public static final int MAX_LINES = 60;

    public HealthProfile {
        conditions = lines(conditions);
        medications = lines(medications);
        substances = lines(substances);
        jurisdiction = Checks.clean(jurisdiction);
        new Checks()
                .require(age == null || (age >= 1 && age <= 120), "age", "must be between 1 and 120")
                .require(conditions.size() <= MAX_LINES, "conditions", "at most " + MAX_LINES + " lines")
                .require(medications.size() <= MAX_LINES, "medications", "at most " + MAX_LINES + " lines")
                .require(substances.size() <= MAX_LINES, "substances", "at most " + MAX_LINES + " lines")
                .require(allShort(conditions) && allShort(medications) && allShort(substances), "conditions",
                        "each line is at most 200 characters")
                .require(jurisdiction == null || jurisdiction.matches("[A-Za-z]{2}(-[A-Za-z0-9]{1,3}(-[A-Za-z0-9-]{1,40})?)?"),
                        "jurisdiction", "must be a code like US, US-TX or US-CA-SD")
                .require(dailyLimitMg == null || (dailyLimitMg >= 1 && dailyLimitMg <= 1_000_000), "dailyLimitMg",
                        "must be between 1 and 1,000,000 mg")
                .require(maxDosesPerDay == null || (maxDosesPerDay >= 1 && maxDosesPerDay <= 100), "maxDosesPerDay",
                        "must be between 1 and 100")
                .orThrow();
        jurisdiction = jurisdiction == null ? null : jurisdiction.toUpperCase(java.util.Locale.ROOT);
    }

    public static HealthProfile empty(String timeZone) {
        return new HealthProfile(timeZone, null, List.of(), List.of(), List.of(), null, null, null);
    }

    private static List<String> lines(List<String> lines) {
        return lines == null ? List.of() : lines.stream().map(Checks::clean).filter(Objects::nonNull).distinct().toList();
    }

    private static boolean allShort(List<String> lines) {
        return lines.stream().allMatch(line -> line.length() <= 200);
    }
}
