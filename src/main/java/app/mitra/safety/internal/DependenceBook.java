package app.mitra.safety.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.mitra.safety.Evidence;
import app.mitra.safety.Finding;
import app.mitra.safety.Severity;
import app.mitra.safety.Source;

/**
 * The dependence signals of {@code safety/dependence.json}: thresholds, texts and sources, checked
 * as a whole when read. Every signal has a policy, every policy a signal; every placeholder in a
 * text is one its policy fills; every source is cited.
 */
public record DependenceBook(String version, String asOf, String note, Map<String, Source> sources,
        List<Signal> signals, Signal tolerance) {

    public static final String FILE = "safety/dependence.json";
    private static final Set<String> CATEGORIES = Set.of("dependence", "escalation", "tolerance");
    /** What the tolerance text may name: the days assessed and the paired doses behind them. */
    private static final Set<String> TOLERANCE_PLACEHOLDERS = Set.of("days", "pairs");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    public record Signal(String id, String category, String severity, String evidence,
            Map<String, Double> parameters, String title, String explanation, String advice, List<String> sources) {
    }

    public static DependenceBook load() {
        return read(FILE, DataFiles.classpath(FILE));
    }

    /** Reads and checks a dependence file; a broken one throws with every problem named. */
    public static DependenceBook read(String file, InputStream in) {
        return DataFiles.readChecked(file, in, DependenceBook.class, DependenceBook::problems);
    }

    /** The findings the pattern shows, in the order of the file. */
    public List<Finding> evaluate(UsePattern pattern) {
        List<Finding> found = new ArrayList<>();
        for (Signal signal : signals) {
            DependencePolicy policy = DependencePolicy.forSignal(signal.id()).orElseThrow();
            policy.observe(pattern, signal.parameters()).ifPresent(values -> found.add(finding(signal, values)));
        }
        return found;
    }

    /** The tolerance finding insights signalled over {@code days} days from {@code pairs} paired doses. */
    public Finding tolerance(int days, int pairs) {
        return finding(tolerance, Map.of("days", Integer.toString(days), "pairs", Integer.toString(pairs)));
    }

    /** The longest look back any signal needs, in days: twice a window, for "before" and "recent". */
    public int lookBackDays() {
        return signals.stream().mapToInt(s -> (int) Math.round(s.parameters().get("windowDays"))).max().orElse(0) * 2;
    }

    private Finding finding(Signal signal, Map<String, String> values) {
        // The numbers go into the texts, not into "input": an acknowledged signal stays acknowledged as they move.
        return new Finding(signal.id(), Severity.of(signal.severity()), signal.category(), null, signal.category(),
                fill(signal.title(), values), fill(signal.explanation(), values), fill(signal.advice(), values),
                Evidence.of(signal.evidence()), signal.sources().stream().map(sources::get).toList(),
                LocalDate.parse(asOf));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.get(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (DataFiles.isBlank(version)) {
            problems.add("version is missing");
        }
        if (!DataFiles.isDate(asOf)) {
            problems.add("asOf must be a date like 2026-11-25");
        }
        if (sources == null || signals == null || signals.isEmpty()) {
            problems.add("sources and signals are required");
            return problems;
        }
        sources.forEach((id, source) -> {
            if (source == null || DataFiles.isBlank(source.title()) || !DataFiles.isWebAddress(source.url())) {
                problems.add("source " + id + " needs a title and a web address");
            }
        });
        Set<String> seen = new HashSet<>();
        for (Signal signal : signals) {
            problems.addAll(problems(signal, seen));
        }
        for (DependencePolicy policy : DependencePolicy.values()) {
            if (!seen.contains(policy.signalId())) {
                problems.add("signal " + policy.signalId() + " is missing");
            }
        }
        if (tolerance == null) {
            problems.add("the tolerance signal is missing");
        } else {
            problems.addAll(described(tolerance.id() == null ? "(no id)" : tolerance.id(), tolerance,
                    TOLERANCE_PLACEHOLDERS));
        }
        return problems;
    }

    private List<String> problems(Signal signal, Set<String> seen) {
        List<String> problems = new ArrayList<>();
        String id = signal.id() == null ? "(no id)" : signal.id();
        if (!seen.add(id)) {
            problems.add("signal " + id + " appears twice");
        }
        Optional<DependencePolicy> policy = DependencePolicy.forSignal(id);
        if (policy.isEmpty()) {
            problems.add("signal " + id + " has no policy in the code");
            return problems;
        }
        Map<String, Double> parameters = signal.parameters() == null ? Map.of() : signal.parameters();
        for (String needed : policy.get().parameters()) {
            Double value = parameters.get(needed);
            if (value == null || value <= 0) {
                problems.add("signal " + id + ": parameter " + needed + " must be a number above 0");
            }
        }
        if (!policy.get().parameters().containsAll(parameters.keySet())) {
            problems.add("signal " + id + ": unknown parameters (known: " + policy.get().parameters() + ")");
        }
        problems.addAll(described(id, signal, policy.get().placeholders()));
        return problems;
    }

    /** A signal's category, severity, evidence, texts (with only the placeholders given) and sources. */
    private List<String> described(String id, Signal signal, Set<String> placeholders) {
        List<String> problems = new ArrayList<>();
        if (!CATEGORIES.contains(signal.category())) {
            problems.add("signal " + id + ": category must be one of " + CATEGORIES);
        }
        if (!known(signal.severity(), Severity.class)) {
            problems.add("signal " + id + ": unknown severity " + signal.severity());
        }
        if (!known(signal.evidence(), Evidence.class)) {
            problems.add("signal " + id + ": unknown evidence level " + signal.evidence());
        }
        for (String text : new String[] {signal.title(), signal.explanation(), signal.advice()}) {
            if (DataFiles.isBlank(text)) {
                problems.add("signal " + id + " needs a title, an explanation and advice");
                continue;
            }
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                if (!placeholders.contains(matcher.group(1))) {
                    problems.add("signal " + id + ": unknown placeholder {" + matcher.group(1) + "}");
                }
            }
        }
        if (signal.sources() == null || signal.sources().isEmpty()) {
            problems.add("signal " + id + " cites no source");
        } else {
            signal.sources().stream().filter(source -> !sources.containsKey(source))
                    .forEach(source -> problems.add("signal " + id + " cites unknown source " + source));
        }
        return problems;
    }

    private static <E extends Enum<E>> boolean known(String code, Class<E> type) {
        if (code == null) {
            return false;
        }
        try {
            Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
