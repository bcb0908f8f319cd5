package app.mitra.safety.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.mitra.safety.HelpResource;

/**
 * The help lines of {@code safety/help-resources.json} per country (ISO 3166-1 alpha-2), checked as a
 * whole when read: every line has a number to dial, a description, a cited source and the date it
 * was checked, and the fallback country exists.
 */
public record HelpBook(String version, String asOf, String note, String fallbackCountry,
        Map<String, Country> countries) {

    public static final String FILE = "safety/help-resources.json";

    public record Country(String name, List<HelpResource> resources) {
    }

    public static HelpBook load() {
        return read(FILE, DataFiles.classpath(FILE));
    }

    public static HelpBook read(String file, InputStream in) {
        return DataFiles.readChecked(file, in, HelpBook.class, HelpBook::problems);
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (DataFiles.isBlank(version)) {
            problems.add("version is missing");
        }
        if (!DataFiles.isDate(asOf)) {
            problems.add("asOf must be a date like 2026-11-25");
        }
        if (countries == null || countries.isEmpty()) {
            problems.add("no countries");
            return problems;
        }
        if (!countries.containsKey(fallbackCountry)) {
            problems.add("fallbackCountry " + fallbackCountry + " is not one of the countries");
        }
        Set<String> ids = new HashSet<>();
        countries.forEach((code, country) -> {
            if (!code.matches("[A-Z]{2}")) {
                problems.add("country code " + code + " is not two capital letters (ISO 3166-1)");
            }
            if (country == null || DataFiles.isBlank(country.name()) || country.resources() == null
                    || country.resources().isEmpty()) {
                problems.add("country " + code + " needs a name and at least one resource");
                return;
            }
            for (HelpResource r : country.resources()) {
                String id = r.id() == null ? "(no id)" : r.id();
                if (!ids.add(id)) {
                    problems.add("resource " + id + " appears twice");
                }
                if (DataFiles.isBlank(r.name()) || DataFiles.isBlank(r.contact()) || DataFiles.isBlank(r.description())
                        || DataFiles.isBlank(r.hours())) {
                    problems.add("resource " + id + " needs a name, a contact, a description and hours");
                }
                if (r.dial() == null || !r.dial().matches("\\+?[0-9]{3,15}")) {
                    problems.add("resource " + id + ": dial must be digits, optionally with a leading +");
                }
                if (r.source() == null || DataFiles.isBlank(r.source().title())
                        || !DataFiles.isWebAddress(r.source().url())) {
                    problems.add("resource " + id + " needs a source with a title and a web address");
                }
                if (!DataFiles.isDate(r.asOf())) {
                    problems.add("resource " + id + ": asOf must be a date like 2026-11-25");
                }
            }
        });
        return problems;
    }
}
