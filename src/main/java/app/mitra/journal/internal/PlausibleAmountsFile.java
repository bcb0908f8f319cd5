package app.mitra.journal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

import app.mitra.journal.Unit;
import app.mitra.products.Form;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code journal/plausible-amounts.json}: per form and unit, the amounts far outside what anyone takes
 * at once, each bound with its sources, evidence and reasons. Read strictly (an unknown field is a typo)
 * and checked whole: a broken file stops start-up with every problem named.
 */
public record PlausibleAmountsFile(String version, String asOf, String about, Map<String, Source> sources,
        List<Bound> bounds) {

    public static final String FILE = "journal/plausible-amounts.json";
    private static final Set<String> EVIDENCE = Set.of("strong", "moderate", "weak");
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public record Source(String title, String url, Integer year) {
    }

    /** Amounts below {@code min} or above {@code max} of this form and unit are questioned. */
    public record Bound(Form form, Unit unit, double min, double max, String evidence, List<String> sources,
            String why) {
    }

    /** Thrown when the file is missing, unreadable or fails its checks; start-up stops with its message. */
    public static final class BrokenFileException extends IllegalStateException {

        BrokenFileException(String file, List<String> problems) {
            super("The data file " + file + " is broken: " + String.join("; ", problems));
        }
    }

    public static PlausibleAmountsFile load() {
        try {
            return read(FILE, new ClassPathResource(FILE).getInputStream());
        } catch (IOException e) {
            throw new BrokenFileException(FILE, List.of("not found on the class path"));
        }
    }

    public static PlausibleAmountsFile read(String file, InputStream in) {
        PlausibleAmountsFile read;
        try (in) {
            read = STRICT.readValue(in, PlausibleAmountsFile.class);
        } catch (JacksonException e) {
            throw new BrokenFileException(file, List.of(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = read.problems();
        if (!problems.isEmpty()) {
            throw new BrokenFileException(file, problems);
        }
        return read;
    }

    public LocalDate asOfDate() {
        return LocalDate.parse(asOf);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (version == null || version.isBlank()) {
            problems.add("version is required");
        }
        try {
            LocalDate.parse(String.valueOf(asOf));
        } catch (DateTimeParseException e) {
            problems.add("asOf must be a date like 2026-12-05");
        }
        Map<String, Source> known = sources == null ? Map.of() : sources;
        known.forEach((id, source) -> {
            if (source == null || source.title() == null || source.title().isBlank() || source.url() == null
                    || !source.url().matches("https?://\\S+")) {
                problems.add("source " + id + " needs a title and an http(s) url");
            }
        });
        List<Bound> all = bounds == null ? List.of() : bounds;
        for (Form form : Form.values()) {
            for (Unit unit : DoseNormaliser.unitsFor(form)) {
                long count = all.stream().filter(b -> b.form() == form && b.unit() == unit).count();
                if (count != 1) {
                    problems.add("needs exactly one bound for " + form + " in " + unit.symbol() + ", has " + count);
                }
            }
        }
        for (Bound bound : all) {
            String at = "bound " + bound.form() + " " + (bound.unit() == null ? null : bound.unit().symbol()) + ": ";
            if (bound.form() == null || bound.unit() == null
                    || (bound.form() != null && !DoseNormaliser.unitsFor(bound.form()).contains(bound.unit()))) {
                problems.add(at + "is not a form and unit a dose can have");
            }
            if (!(bound.min() > 0 && bound.max() > bound.min())) {
                problems.add(at + "needs 0 < min < max");
            }
            if (!EVIDENCE.contains(String.valueOf(bound.evidence()))) {
                problems.add(at + "evidence must be strong, moderate or weak");
            }
            if (bound.sources() == null || bound.sources().isEmpty()) {
                problems.add(at + "needs at least one source");
            } else {
                bound.sources().stream().filter(id -> !known.containsKey(id))
                        .forEach(id -> problems.add(at + "cites " + id + ", which is not among the sources"));
            }
            if (bound.why() == null || bound.why().isBlank()) {
                problems.add(at + "needs a why");
            }
        }
        return problems;
    }
}
