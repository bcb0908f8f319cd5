package app.mitra.reports.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.mitra.common.web.InvalidInputException;

/** The parts of a clinician report a person may choose, in the order the report prints them. */
public enum Section {
    SUMMARY, PAIN, DOSES, PRODUCTS, FINDINGS, MEDICATIONS, TAPER, NOTES;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Sections as the API names them ("summary", ...); none given means all of them. */
    public static Set<Section> parse(List<String> names, String field) {
        if (names == null || names.isEmpty()) {
            return EnumSet.allOf(Section.class);
        }
        Set<Section> chosen = EnumSet.noneOf(Section.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            String word = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
            try {
                chosen.add(Section.valueOf(word));
            } catch (IllegalArgumentException e) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(field, "unknown section " + unknown
                    + "; choose from summary, pain, doses, products, findings, medications, taper, notes");
        }
        return chosen;
    }

    /** A comma-separated list, as a query parameter or a stored column carries it. */
    public static Set<Section> parse(String commaSeparated, String field) {
        return parse(commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : List.of(commaSeparated.split(",")), field);
    }

    public static String join(Set<Section> sections) {
        return String.join(",", sections.stream().map(Section::key).toList());
    }
}
