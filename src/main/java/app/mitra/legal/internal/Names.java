package app.mitra.legal.internal;

import java.text.Normalizer;

/** Place names compared the way people type them: no accents, case, dots or apostrophes ("D.C." is "dc"). */
final class Names {

    private Names() {
    }

    // Runs for each of the ~80,000 gazetteer names at start-up: one pass over the characters, and the
    // Unicode decomposition (which strips accents) only for names that need it.
    static String normal(String text) {
        String decomposed = text.chars().allMatch(c -> c < 128) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (c == '\'' || c == '’' || c == '.' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return SHORT_FORMS.matcher(out).replaceAll(match -> SHORT.get(match.group(1)));
    }

    // "Saint Louis" and "St. Louis", "Fort Worth" and "Ft Worth" are the same place however written.
    private static final java.util.Map<String, String> SHORT = java.util.Map.of("saint", "st", "mount", "mt",
            "fort", "ft");
    private static final java.util.regex.Pattern SHORT_FORMS = java.util.regex.Pattern.compile("\\b(saint|mount|fort)\\b");

    /** A locality row's own name without its state or remarks: "San Diego (city), California" is "san diego". */
    static String localName(String rowName) {
        String beforeState = rowName.contains(",") ? rowName.substring(0, rowName.indexOf(',')) : rowName;
        return normal(beforeState.replaceAll("\\([^)]*\\)", ""));
    }
}
