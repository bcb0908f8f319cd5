package app.mitra.safety.internal.guardrails;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.mitra.safety.Evidence;
import app.mitra.safety.Finding;
import app.mitra.safety.Severity;
import app.mitra.safety.Source;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guardrails' texts, evidence and sources (safety/guardrails.json), checked whole when loaded:
 * a broken file stops start-up with a message naming the rule and the problem.
 */
public record GuardrailBook(String version, LocalDate asOf, String about, Map<String, String> phrases,
        List<Rule> rules) {

    public static final String RESOURCE = "safety/guardrails.json";
    /** The dose-pattern words of API.md's category vocabulary that guardrails use. */
    static final Set<String> CATEGORIES = Set.of("first-use", "escalation", "daily-limit", "dose-frequency",
            "consecutive-days", "recent-depressant", "implausible-amount");
    static final Set<String> PHRASES = Set.of("alcohol", "drink", "drinks", "nameAndAmount", "amount", "hours",
            "hoursMinutes", "minutes", "meant");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    /** A rule's own {@code asOf} (the date it was last reviewed) is optional: without one, the book's applies. */
    public record Rule(String id, String category, String severity, String title, String observed, String why,
            String advice, String evidence, List<Source> sources, LocalDate asOf) {

        /** The finding with the person's numbers filled in; severity and evidence may be a depressant class's own. */
        Finding finding(Map<String, String> values, String input, String matched, Severity severityOverride,
                Evidence evidenceOverride, List<Source> moreSources) {
            List<Source> all = new java.util.ArrayList<>(sources);
            moreSources.stream().filter(s -> all.stream().noneMatch(t -> t.url().equals(s.url()))).forEach(all::add);
            return new Finding(id, severityOverride != null ? severityOverride : Severity.of(severity), category, input,
                    matched, fill(title, values), fill(observed, values).strip() + " " + why, advice,
                    evidenceOverride != null ? evidenceOverride : Evidence.of(evidence), all, asOf);
        }

        Finding finding(Map<String, String> values) {
            return finding(values, null, null, null, null, List.of());
        }
    }

    public static GuardrailBook load(JsonMapper json) {
        try (InputStream in = GuardrailBook.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return json.readValue(in, GuardrailBook.class).validated();
        } catch (IOException | RuntimeException broken) {
            throw new IllegalStateException(RESOURCE + " cannot be used: " + broken.getMessage(), broken);
        }
    }

    /** The rule with this id, whose texts use no placeholder but these. */
    public Rule rule(String id, Set<String> placeholders) {
        Rule rule = rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException(RESOURCE + ": no rule " + id));
        for (String text : List.of(rule.title(), rule.observed(), rule.why(), rule.advice())) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!placeholders.contains(m.group(1))) {
                    throw new IllegalStateException(RESOURCE + ": rule " + id + " uses unknown placeholder {" + m.group(1)
                            + "}; it knows " + placeholders);
                }
            }
        }
        return rule.asOf() != null ? rule : new Rule(rule.id(), rule.category(), rule.severity(), rule.title(),
                rule.observed(), rule.why(), rule.advice(), rule.evidence(), rule.sources(), asOf);
    }

    public String phrase(String key, Map<String, String> values) {
        return fill(phrases.get(key), values);
    }

    GuardrailBook validated() {
        check(version != null && !version.isBlank(), "version is required");
        check(asOf != null, "asOf is required");
        check(phrases != null && phrases.keySet().containsAll(PHRASES), "phrases must have " + PHRASES);
        check(rules != null && !rules.isEmpty(), "rules are required");
        for (Rule rule : rules) {
            String at = "rule " + rule.id() + ": ";
            check(rule.id() != null && rules.stream().filter(r -> rule.id().equals(r.id())).count() == 1,
                    at + "needs a unique id");
            check(CATEGORIES.contains(rule.category()), at + "category must be one of " + CATEGORIES);
            check(known(() -> Severity.of(rule.severity())), at + "severity must be avoid, caution, monitor or info");
            check(known(() -> Evidence.of(rule.evidence())), at + "evidence must be strong, moderate or weak");
            for (String text : new String[] { rule.title(), rule.observed(), rule.why(), rule.advice() }) {
                check(text != null && !text.isBlank(), at + "title, observed, why and advice are required");
            }
            // No dose advice, ever: advice that names a number could be read as an amount to take.
            check(!rule.advice().matches(".*\\d.*"), at + "advice must not contain numbers (no dose advice)");
            check(rule.sources() != null && !rule.sources().isEmpty(), at + "needs at least one source");
            for (Source source : rule.sources()) {
                check(source.title() != null && !source.title().isBlank() && source.url() != null
                        && source.url().startsWith("http"), at + "every source needs a title and an http(s) url");
            }
        }
        return this;
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    static boolean known(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
