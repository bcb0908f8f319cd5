package app.mitra.products.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

import app.mitra.products.Citation;
import app.mitra.products.Element;
import app.mitra.products.Form;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits of {@code products/contaminant-limits.json}, built from the shared research, checked as
 * a whole when read: every limit the evaluation needs is there once, with its evidence level, as-of
 * date and at least one source. A broken file stops start-up with every problem named.
 */
public record ContaminantLimits(String version, String asOf, String builtFrom, String note, List<Limit> limits) {

    public static final String FILE = "products/contaminant-limits.json";

    static final String ELEMENT = "element";
    static final String PATHOGEN = "pathogen";
    static final String MICROBIAL_COUNT = "microbialCount";
    static final String SEVEN_OH_SHARE = "sevenOhShare";
    static final String SEVEN_OH_CONCENTRATION = "sevenOhConcentration";
    static final String MITRAGYNINE_RANGE = "mitragynineRange";
    static final String SALMONELLA = "salmonella";
    static final String E_COLI = "eColi";
    static final String TOTAL_AEROBIC = "totalAerobic";
    static final String YEAST_MOLD = "yeastMold";

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /**
     * One limit. {@code comparator} says which values are within it ({@code <=}, {@code <}, {@code absent},
     * {@code between} {@code limit} and {@code upper}); {@code forms} lists the product forms it is for
     * (empty: all).
     */
    public record Limit(String id, String rule, String subject, double limit, Double upper, String unit,
            String comparator, List<Form> forms, String appliesTo, String basis, String evidence, String asOf,
            List<Citation> sources, String note) {

        public Limit {
            forms = forms == null ? List.of() : List.copyOf(forms);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }

        boolean isFor(Form form) {
            return forms.isEmpty() || forms.contains(form);
        }
    }

    /** A data file Mitra cannot trust: start-up stops with its problems. */
    public static final class BrokenLimitsException extends IllegalStateException {

        BrokenLimitsException(String file, List<String> problems) {
            super("The contaminant limits file " + file + " is broken: " + String.join("; ", problems));
        }
    }

    public static ContaminantLimits load() {
        try {
            return read(FILE, new ClassPathResource(FILE).getInputStream());
        } catch (IOException e) {
            throw new BrokenLimitsException(FILE, List.of("not found on the class path"));
        }
    }

    public static ContaminantLimits read(String file, InputStream in) {
        ContaminantLimits read;
        try (in) {
            read = STRICT.readValue(in, ContaminantLimits.class);
        } catch (JacksonException e) {
            throw new BrokenLimitsException(file, List.of(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = read.problems();
        if (!problems.isEmpty()) {
            throw new BrokenLimitsException(file, problems);
        }
        return read;
    }

    public Limit element(Element element) {
        return one(ELEMENT, element.code(), null).orElseThrow();
    }

    Limit pathogen(String organism) {
        return one(PATHOGEN, organism, null).orElseThrow();
    }

    Limit microbialCount(String measure, Form form) {
        return one(MICROBIAL_COUNT, measure, form).orElseThrow();
    }

    Limit sevenOhShare() {
        return one(SEVEN_OH_SHARE, "sevenOh", null).orElseThrow();
    }

    Limit sevenOhConcentration() {
        return one(SEVEN_OH_CONCENTRATION, "sevenOh", null).orElseThrow();
    }

    Optional<Limit> mitragynineRange(Form form) {
        return one(MITRAGYNINE_RANGE, "mitragynine", form);
    }

    private Optional<Limit> one(String rule, String subject, Form form) {
        return limits.stream().filter(l -> l.rule().equals(rule) && l.subject().equals(subject)
                && (form == null || l.isFor(form))).findFirst();
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (version == null || version.isBlank()) {
            problems.add("version is missing");
        }
        if (!isDate(asOf)) {
            problems.add("asOf must be a date like 2026-11-25");
        }
        if (limits == null || limits.isEmpty()) {
            problems.add("no limits");
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (Limit l : limits) {
            String id = l.id() == null ? "(no id)" : l.id();
            if (!ids.add(id)) {
                problems.add("limit " + id + " appears twice");
            }
            if (!Set.of(ELEMENT, PATHOGEN, MICROBIAL_COUNT, SEVEN_OH_SHARE, SEVEN_OH_CONCENTRATION, MITRAGYNINE_RANGE)
                    .contains(l.rule())) {
                problems.add("limit " + id + " has an unknown rule " + l.rule());
            }
            if (l.subject() == null || l.unit() == null || l.comparator() == null || l.basis() == null
                    || l.appliesTo() == null) {
                problems.add("limit " + id + " needs a subject, unit, comparator, basis and appliesTo");
            }
            if (l.limit() < 0 || (l.upper() != null && l.upper() <= l.limit())) {
                problems.add("limit " + id + " has a negative limit or an upper bound below it");
            }
            if (!Set.of("strong", "moderate", "weak").contains(l.evidence())) {
                problems.add("limit " + id + ": evidence must be strong, moderate or weak");
            }
            if (!isDate(l.asOf())) {
                problems.add("limit " + id + ": asOf must be a date like 2026-11-25");
            }
            if (l.sources().isEmpty() || l.sources().stream().anyMatch(s -> s == null || s.title() == null
                    || s.title().isBlank() || s.url() == null || !s.url().matches("https?://\\S+"))) {
                problems.add("limit " + id + " needs sources, each with a title and a web address");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (Element element : Element.values()) {
            expectOne(problems, ELEMENT, element.code(), EnumSet.allOf(Form.class));
        }
        expectOne(problems, PATHOGEN, SALMONELLA, EnumSet.allOf(Form.class));
        expectOne(problems, PATHOGEN, E_COLI, EnumSet.allOf(Form.class));
        expectOne(problems, MICROBIAL_COUNT, TOTAL_AEROBIC, EnumSet.allOf(Form.class));
        expectOne(problems, MICROBIAL_COUNT, YEAST_MOLD, EnumSet.allOf(Form.class));
        expectOne(problems, SEVEN_OH_SHARE, "sevenOh", EnumSet.allOf(Form.class));
        expectOne(problems, SEVEN_OH_CONCENTRATION, "sevenOh", EnumSet.allOf(Form.class));
        limits.stream().filter(l -> l.rule().equals(MITRAGYNINE_RANGE) && l.upper() == null)
                .forEach(l -> problems.add("limit " + l.id() + " is a range and needs an upper bound"));
        return problems;
    }

    /** Exactly one limit of this rule and subject for each of these forms. */
    private void expectOne(List<String> problems, String rule, String subject, Set<Form> forms) {
        for (Form form : forms) {
            long found = limits.stream().filter(l -> l.rule().equals(rule) && subject.equals(l.subject())
                    && l.isFor(form)).count();
            if (found != 1) {
                problems.add(found + " limits of rule " + rule + " for " + subject + " and " + form
                        + " (exactly one is needed)");
            }
        }
    }

    private static boolean isDate(String text) {
        try {
            return text != null && LocalDate.parse(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
