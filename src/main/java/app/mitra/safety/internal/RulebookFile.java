package app.mitra.safety.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import app.mitra.safety.Evidence;
import app.mitra.safety.Severity;
import app.mitra.safety.Source;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads rulebook.json into a {@link Rulebook} and checks it, collecting every problem before
 * refusing it. Besides the shape (a version, a known category, severity and evidence level, at
 * least one source with a title and a web address, advice that never names an amount), it refuses
 * contradictions: a rule naming what it also excludes, a name that is both a rule's and on the
 * no-known-interaction list, and one name claimed by two rules of the same category with different
 * severities (the book would then say two things about the same risk). Rules of different
 * categories may share a name on purpose: methadone is an opioid and prolongs QT, and each rule
 * gives its own finding.
 */
public final class RulebookFile {

    /** Drug, substance and condition words of API.md's category vocabulary (dose patterns belong to guardrails). */
    static final Set<String> DRUG_CATEGORIES = Set.of("opioid", "opioid-partial-agonist", "opioid-antagonist",
            "benzodiazepine", "z-drug", "barbiturate", "gabapentinoid", "alcohol", "ghb", "sedating-antihistamine",
            "muscle-relaxant", "antipsychotic", "antidepressant-serotonergic", "tricyclic-antidepressant", "maoi",
            "stimulant", "ketamine", "dxm", "loperamide", "qt-prolonging", "cyp3a4-substrate", "cyp3a4-inhibitor",
            "cyp2d6-substrate", "anticoagulant", "alpha2-agonist", "cannabis", "concentrated-7-oh", "kratom-extract",
            "tianeptine", "p-gp-substrate", "peripheral-opioid-antagonist", "other-depressant");
    static final Set<String> CONDITION_CATEGORIES = Set.of("pregnancy", "breastfeeding", "liver-disease",
            "kidney-disease", "heart-disease", "hypertension", "respiratory-disease", "seizure-disorder",
            "psychiatric-disorder", "suicidal-thoughts", "substance-use-disorder", "minor", "older-adult");

    /** An amount with a unit: advice must never carry one. */
    private static final Pattern AMOUNT = Pattern.compile(
            "\\d+(?:[.,]\\d+)?\\s*(mg|g|grams?|milligrams?|ml|capsules?|caps|tsp|teaspoons?|tablespoons?|cups?|glasses?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private RulebookFile(String file) {
        this.file = file;
    }

    /** The rulebook in {@code text}, or a {@link BrokenRulebookException} listing everything wrong with it. */
    public static Rulebook parse(String file, String text, JsonMapper json) {
        return new RulebookFile(file).read(text, json);
    }

    private Rulebook read(String text, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new BrokenRulebookException(file, List.of("not valid JSON (" + e.getOriginalMessage() + ")"));
        }
        String version = text(root, "version", "the rulebook");
        LocalDate asOf = date(root, "asOf");
        Map<String, String> evidenceLevels = new HashMap<>();
        for (Evidence evidence : Evidence.values()) {
            String definition = text(root.path("evidenceLevels"), evidence.code(), "evidenceLevels");
            evidenceLevels.put(evidence.code(), definition == null ? "" : definition);
        }
        List<Rule> rules = new ArrayList<>();
        if (!root.path("rules").isArray() || root.path("rules").isEmpty()) {
            problems.add("rules: must be a non-empty list");
        } else {
            Set<String> ids = new HashSet<>();
            for (JsonNode node : root.path("rules").values()) {
                Rule rule = rule(node);
                if (rule != null && !ids.add(rule.id())) {
                    problems.add(rule.id() + ": the id is used twice");
                }
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        JsonNode known = root.path("noKnownInteraction");
        Map<String, List<String>> knownDrugs = names(known.path("drugs"), "noKnownInteraction.drugs", false);
        Map<String, List<String>> knownConditions = names(known.path("conditions"), "noKnownInteraction.conditions",
                false);
        contradictions(rules, knownDrugs, knownConditions);
        if (!problems.isEmpty()) {
            throw new BrokenRulebookException(file, problems);
        }
        return new Rulebook(version, asOf, evidenceLevels, rules, knownDrugs, knownConditions);
    }

    private Rule rule(JsonNode node) {
        String id = node.path("id").asString("");
        String where = id.isBlank() ? "a rule without an id" : id;
        if (!ID.matcher(id).matches()) {
            problems.add(where + ": the id must be lower-case words joined by hyphens");
        }
        Rule.Kind kind = choice(node, "kind", where, Rule.Kind.class);
        String category = text(node, "category", where);
        if (category != null && kind != null) {
            Set<String> allowed = kind.readsConditions() ? CONDITION_CATEGORIES : DRUG_CATEGORIES;
            if (!allowed.contains(category)) {
                problems.add(where + ": category '" + category + "' is not a " + (kind.readsConditions()
                        ? "condition" : "drug or substance") + " word of the API vocabulary");
            }
        }
        Severity severity = choice(node, "severity", where, Severity.class);
        Evidence evidence = choice(node, "evidence", where, Evidence.class);
        String title = text(node, "title", where);
        String mechanism = text(node, "mechanism", where);
        String effect = text(node, "effect", where);
        String advice = text(node, "advice", where);
        if (advice != null && AMOUNT.matcher(advice).find()) {
            problems.add(where + ": advice must never name an amount");
        }
        Rule.AgeCriteria age = age(node.path("age"), where);
        Map<String, List<String>> names = names(node.path("names"), where + ".names", age == null);
        List<String> exclusions = strings(node.path("exclusions"), where + ".exclusions");
        List<Source> sources = sources(node.path("sources"), where);
        String notes = node.path("notes").asString(null);
        if (kind == null || severity == null || evidence == null || category == null || title == null
                || mechanism == null || effect == null || advice == null) {
            return null;
        }
        return new Rule(id, category, kind, title, severity, names, exclusions, age, mechanism, effect, advice,
                evidence, sources, notes);
    }

    private Rule.AgeCriteria age(JsonNode node, String where) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        Integer below = node.path("below").isIntegralNumber() ? node.path("below").asInt() : null;
        Integer atLeast = node.path("atLeast").isIntegralNumber() ? node.path("atLeast").asInt() : null;
        String label = text(node, "label", where + ".age");
        if (below == null && atLeast == null) {
            problems.add(where + ".age: needs 'below' or 'atLeast' (whole years)");
        }
        return new Rule.AgeCriteria(below, atLeast, label);
    }

    private List<Source> sources(JsonNode node, String where) {
        List<Source> sources = new ArrayList<>();
        for (JsonNode source : node.values()) {
            String title = source.path("title").asString("");
            String url = source.path("url").asString("");
            if (title.isBlank() || !(url.startsWith("https://") || url.startsWith("http://"))) {
                problems.add(where + ": every source needs a title and a web address");
            }
            sources.add(new Source(title, url, source.path("year").isIntegralNumber() ? source.path("year").asInt()
                    : null));
        }
        if (sources.isEmpty()) {
            problems.add(where + ": needs at least one source");
        }
        return sources;
    }

    /** canonical name → other names; each must have words to match on. */
    private Map<String, List<String>> names(JsonNode node, String where, boolean required) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            List<String> aliases = strings(entry.getValue(), where + "." + entry.getKey());
            for (String name : concat(entry.getKey(), aliases)) {
                if (Words.of(name).length == 0) {
                    problems.add(where + ": the name '" + name + "' has no letters or digits to match on");
                }
            }
            names.put(entry.getKey(), aliases);
        }
        if (required && names.isEmpty()) {
            problems.add(where + ": needs at least one name (or an age criterion)");
        }
        return names;
    }

    private void contradictions(List<Rule> rules, Map<String, List<String>> knownDrugs,
            Map<String, List<String>> knownConditions) {
        Set<String> known = new HashSet<>();
        knownDrugs.forEach((canonical, aliases) -> concat(canonical, aliases).forEach(n -> known.add(key(n))));
        knownConditions.forEach((canonical, aliases) -> concat(canonical, aliases).forEach(n -> known.add(key(n))));
        Map<String, Rule> claims = new HashMap<>();
        for (Rule rule : rules) {
            Set<String> excluded = new HashSet<>();
            rule.exclusions().forEach(exclusion -> excluded.add(key(exclusion)));
            rule.names().forEach((canonical, aliases) -> {
                for (String name : concat(canonical, aliases)) {
                    String key = key(name);
                    if (excluded.contains(key)) {
                        problems.add(rule.id() + ": '" + name + "' is both a name and an exclusion");
                    }
                    if (known.contains(key)) {
                        problems.add(rule.id() + ": '" + name + "' is also on the no-known-interaction list");
                    }
                    Rule other = claims.putIfAbsent(rule.category() + "|" + key, rule);
                    if (other != null && other != rule && other.severity() != rule.severity()) {
                        problems.add(rule.id() + ": '" + name + "' is also claimed by " + other.id()
                                + " (same category '" + rule.category() + "', different severity)");
                    }
                }
            });
        }
    }

    private static String key(String name) {
        return String.join(" ", Words.of(name));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private List<String> strings(JsonNode node, String where) {
        List<String> values = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            problems.add(where + ": must be a list of names");
            return values;
        }
        for (JsonNode value : node.values()) {
            if (!value.isString() || value.asString().isBlank()) {
                problems.add(where + ": every entry must be a non-empty text");
            } else {
                values.add(value.asString().strip());
            }
        }
        return values;
    }

    private String text(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            problems.add(where + ": '" + field + "' is missing");
            return null;
        }
        return value.asString().strip();
    }

    private LocalDate date(JsonNode node, String field) {
        String value = text(node, field, "the rulebook");
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add("the rulebook: '" + field + "' must be a date like 2026-11-25");
            return null;
        }
    }

    private <E extends Enum<E>> E choice(JsonNode node, String field, String where, Class<E> type) {
        String value = text(node, field, where);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + field + " '" + value + "' is not one of "
                    + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
            return null;
        }
    }
}
