package app.mitra.safety.internal.guardrails;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.mitra.journal.Substance;
import app.mitra.journal.SubstanceKind;
import app.mitra.safety.Evidence;
import app.mitra.safety.Severity;
import app.mitra.safety.Source;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recognises depressants among the other substances a person logged (safety/depressants.json).
 * Alcohol entries are alcohol whatever their name; medicine and other names match a class's names
 * as whole words or phrases (optional plural s), never inside other words, and not inside an
 * excluded phrase ("root beer" is not beer). Each class carries the id of the interaction rule it
 * was copied from, so the rulebook's matcher can take this list's place later.
 */
public final class Depressants {

    public static final String RESOURCE = "safety/depressants.json";

    record File(String version, LocalDate asOf, String about, List<DepressantClass> classes) {
    }

    public record DepressantClass(String ruleId, String category, String severity, String evidence, List<String> names,
            List<String> excludeNames, String effect, List<Source> sources) {
    }

    /** A substance recognised as a depressant: its class and the name that matched. */
    public record Match(DepressantClass depressant, String name) {

        public Severity severity() {
            return Severity.of(depressant.severity());
        }

        public Evidence evidence() {
            return Evidence.of(depressant.evidence());
        }
    }

    private record Compiled(DepressantClass depressant, List<Pattern> names, List<Pattern> excluded) {
    }

    private final List<Compiled> classes;

    private Depressants(List<DepressantClass> classes) {
        this.classes = classes.stream().map(c -> new Compiled(c, patterns(c.names(), true),
                patterns(c.excludeNames() == null ? List.of() : c.excludeNames(), false))).toList();
    }

    public static Depressants load(JsonMapper json) {
        try (InputStream in = Depressants.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            File file = json.readValue(in, File.class);
            GuardrailBook.check(file.version() != null && file.asOf() != null, "version and asOf are required");
            GuardrailBook.check(file.classes() != null && file.classes().stream().anyMatch(c -> "alcohol".equals(c.category())),
                    "an alcohol class is required");
            for (DepressantClass c : file.classes()) {
                String at = "class " + c.ruleId() + ": ";
                GuardrailBook.check(c.ruleId() != null && c.category() != null, at + "ruleId and category are required");
                GuardrailBook.check(c.names() != null && !c.names().isEmpty(), at + "names are required");
                GuardrailBook.check(GuardrailBook.known(() -> Severity.of(c.severity())) && Severity.of(c.severity()) != Severity.INFO,
                        at + "severity must be avoid, caution or monitor");
                GuardrailBook.check(GuardrailBook.known(() -> Evidence.of(c.evidence())), at + "evidence must be strong, moderate or weak");
                GuardrailBook.check(c.sources() != null && !c.sources().isEmpty()
                        && c.sources().stream().allMatch(s -> s.title() != null && s.url() != null),
                        at + "needs sources with title and url");
            }
            return new Depressants(file.classes());
        } catch (IOException | RuntimeException broken) {
            throw new IllegalStateException(RESOURCE + " cannot be used: " + broken.getMessage(), broken);
        }
    }

    public Optional<Match> classify(Substance substance) {
        if (substance.kind() == SubstanceKind.ALCOHOL) {
            Compiled alcohol = classes.stream().filter(c -> "alcohol".equals(c.depressant().category())).findFirst()
                    .orElseThrow();
            return Optional.of(new Match(alcohol.depressant(), substance.name() == null ? "alcohol" : substance.name()));
        }
        return substance.name() == null ? Optional.empty() : classify(substance.name());
    }

    Optional<Match> classify(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Compiled c : classes) {
            List<int[]> blocked = spans(c.excluded(), lower);
            for (int i = 0; i < c.names().size(); i++) {
                Matcher m = c.names().get(i).matcher(lower);
                while (m.find()) {
                    int start = m.start();
                    int end = m.end();
                    if (blocked.stream().noneMatch(span -> span[0] <= start && end <= span[1])) {
                        return Optional.of(new Match(c.depressant(), c.depressant().names().get(i)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<int[]> spans(List<Pattern> patterns, String text) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                spans.add(new int[] { m.start(), m.end() });
            }
        }
        return spans;
    }

    private static List<Pattern> patterns(List<String> names, boolean plural) {
        return names.stream().map(name -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.toLowerCase(Locale.ROOT))
                + (plural ? "s?" : "") + "(?![\\p{L}\\p{N}])")).toList();
    }
}
