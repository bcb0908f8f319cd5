package app.mitra.reports.internal.imports;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import app.mitra.journal.SubstanceUnit;
import app.mitra.journal.Unit;

/**
 * Names and units as other apps write them. Kratom appears under several names (those PsychonautWiki
 * lists) and as part of longer names ("Kratom (Red Bali)"); a name matches as whole words only.
 */
final class Names {

    private static final Pattern KRATOM = Pattern.compile(
            "\\b(kratom|ketum|kratum|mitragyna\\s+speciosa)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ALCOHOL = Pattern.compile(
            "\\b(alcohol|ethanol|beer|wine|liquor|spirits|vodka|whisk(e)?y|gin|rum|cider)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The journal's names are at most this long. */
    static final int MAX_NAME = 120;

    private Names() {
    }

    static boolean isKratom(String name) {
        return name != null && KRATOM.matcher(name).find();
    }

    static boolean isAlcohol(String name) {
        return name != null && ALCOHOL.matcher(name).find();
    }

    /** A dose unit Mitra can turn into milligrams without guessing; micrograms arrive as milligrams. */
    static Unit doseUnit(String unit) {
        return switch (normal(unit)) {
            case "g", "gram", "grams", "gr" -> Unit.G;
            case "mg", "milligram", "milligrams", "µg", "ug", "mcg" -> Unit.MG;
            case "tsp", "teaspoon", "teaspoons" -> Unit.TSP;
            default -> null;
        };
    }

    /** How many of {@link #doseUnit}'s unit one of the given unit is (micrograms are a thousandth of a mg). */
    static double doseFactor(String unit) {
        return List.of("µg", "ug", "mcg").contains(normal(unit)) ? 0.001 : 1;
    }

    static SubstanceUnit substanceUnit(String unit) {
        return switch (normal(unit)) {
            case "mg", "milligram", "milligrams", "µg", "ug", "mcg" -> SubstanceUnit.MG;
            case "g", "gram", "grams" -> SubstanceUnit.G;
            case "ml", "millilitre", "milliliter" -> SubstanceUnit.ML;
            case "tablet", "tablets", "pill", "pills" -> SubstanceUnit.TABLETS;
            default -> null;
        };
    }

    /** The parts worth keeping, joined into one note of at most the journal's 4,000 characters. */
    static String note(String... parts) {
        String note = java.util.Arrays.stream(parts).filter(p -> p != null && !p.strip().isEmpty()
                && !p.strip().matches("\\p{Punct}*")).map(String::strip)
                .collect(java.util.stream.Collectors.joining(" · "));
        return note.length() <= 4000 ? note : note.substring(0, 3999) + "…";
    }

    static String clip(String name) {
        String clean = name == null ? "" : name.strip();
        return clean.length() <= MAX_NAME ? clean : clean.substring(0, MAX_NAME);
    }

    /** Lower case, with the Greek mu (U+03BC) written as the micro sign (U+00B5) PsychonautWiki uses. */
    private static String normal(String unit) {
        return unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT).replace('\u03bc', '\u00b5');
    }
}
