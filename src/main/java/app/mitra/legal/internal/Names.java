package app.mitra.legal.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Place names compared the way people type them: no accents, case, dots or apostrophes ("D.C." is "dc"). */
final class Names {

    private Names() {
    }

    static String normal(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("['’.]", "").replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** A locality row's own name without its state or remarks: "San Diego (city), California" is "san diego". */
    static String localName(String rowName) {
        String beforeState = rowName.contains(",") ? rowName.substring(0, rowName.indexOf(',')) : rowName;
        return normal(beforeState.replaceAll("\\([^)]*\\)", ""));
    }

    /** Edit distance, for suggesting a near name when nothing matches. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
