package app.mitra.safety.internal;

import java.util.Arrays;
import java.util.List;

import app.mitra.common.web.FormValues;
import app.mitra.safety.HealthProfile;

/** The health profile as the Safety screen's form sends it: one line per condition, medicine or substance. */
record ProfileForm(String age, String conditions, String medications, String substances, String jurisdiction,
        String dailyLimitMg, String maxDosesPerDay) {

    static ProfileForm of(HealthProfile profile) {
        return new ProfileForm(text(profile.age()), String.join("\n", profile.conditions()),
                String.join("\n", profile.medications()), String.join("\n", profile.substances()),
                profile.jurisdiction(), text(profile.dailyLimitMg()), text(profile.maxDosesPerDay()));
    }

    ProfileForm withJurisdiction(String code) {
        return new ProfileForm(age, conditions, medications, substances, code, dailyLimitMg, maxDosesPerDay);
    }

    HealthProfile profile(String timeZone) {
        FormValues values = new FormValues();
        Integer ageValue = values.integer(age, "age");
        Integer limit = values.integer(dailyLimitMg, "dailyLimitMg");
        Integer max = values.integer(maxDosesPerDay, "maxDosesPerDay");
        return values.build(() -> new HealthProfile(timeZone, ageValue, lines(conditions), lines(medications),
                lines(substances), jurisdiction, limit, max));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
