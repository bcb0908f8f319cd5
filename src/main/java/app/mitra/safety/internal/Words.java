package app.mitra.safety.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How free text is cut into words for matching, and how far apart two words are. */
final class Words {

    /**
     * Words of amounts, schedules and forms ("0.5 mg as needed every 6 hours"): never corrected
     * towards a medicine's name, so "hours" or "needed" can never become a drug.
     */
    private static final Set<String> SCHEDULE = Set.of("about", "after", "around", "before", "bedtime", "capsule",
            "capsules", "daily", "evening", "evenings", "every", "extended", "grams", "hourly", "hours", "morning",
            "mornings", "needed", "nightly", "nights", "occasionally", "prescribed", "release", "sometimes",
            "tablet", "tablets", "taking", "times", "twice", "weekend", "weekends", "weekly", "weeks", "months",
            "without", "through", "during", "since", "because", "doctor", "clinic", "started");

    private Words() {
    }

    /**
     * Lower-case words: runs of letters and runs of digits, everything else a boundary, so "7-OH",
     * "7OH" and "7 oh" are the same words and "17-OH" is not "7-OH"; "10/325" is two numbers.
     */
    static String[] of(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        int type = 0;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            int t = Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
            if (t != type) {
                if (type != 0) {
                    words.add(lower.substring(start, i));
                }
                start = i;
                type = t;
            }
        }
        return words.toArray(String[]::new);
    }

    /** Only longer words of letters that are not about amounts or schedules may be misspellings of a name. */
    static boolean mayBeMisspelt(String word) {
        if (word.length() < 5 || SCHEDULE.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many typos a name of this length tolerates: none below 6 letters, 1 from 6, 2 from 10. */
    static int tolerance(String name) {
        return name.length() >= 10 ? 2 : name.length() >= 6 ? 1 : 0;
    }
}
