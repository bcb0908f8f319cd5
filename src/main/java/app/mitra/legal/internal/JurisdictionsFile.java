package app.mitra.legal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

import app.mitra.legal.Jurisdiction;
import app.mitra.legal.LegalSource;
import app.mitra.legal.LegalStatus;
import app.mitra.legal.Level;
import app.mitra.legal.PendingChange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code legal/jurisdictions.json}: an envelope (schema and dataset version) around the researched rows,
 * read strictly (an unknown field is a typo) and checked as a whole, so a broken edit stops start-up
 * instead of answering someone wrongly.
 */
public record JurisdictionsFile(int schemaVersion, String datasetVersion, String generated, String source,
        List<Jurisdiction> rows) {

    public static final String FILE = "legal/jurisdictions.json";

    static final Set<String> FLAGS = Set.of("changing", "emergency_order", "emergency_rule", "temporary", "new_2026",
            "was_banned", "conflicting_sources", "date_uncertain", "grey_market", "import_risk", "severe_penalties",
            "many_local_bans", "administrative_ban", "scope_uncertain", "stale_source", "year_inferred");
    static final Set<String> BAN_SCOPES = Set.of("possession_and_sale", "sale_only", "sale_and_import");
    static final Set<String> CONFIDENCE = Set.of("high", "medium", "low");
    static final Set<String> SOURCE_KINDS = Set.of("primary", "news", "secondary", "vendor", "aggregator_ai");

    private static final JsonMapper STRICT = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static JurisdictionsFile load() {
        try {
            return read(FILE, new ClassPathResource(FILE).getInputStream());
        } catch (IOException e) {
            throw new BrokenLegalDataException(FILE, List.of("not found on the class path"));
        }
    }

    public static JurisdictionsFile read(String file, InputStream in) {
        JurisdictionsFile read;
        try (in) {
            read = STRICT.readValue(in, JurisdictionsFile.class);
        } catch (JacksonException e) {
            throw new BrokenLegalDataException(file, List.of(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = read.problems();
        if (!problems.isEmpty()) {
            throw new BrokenLegalDataException(file, problems);
        }
        return read;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (schemaVersion != 1) {
            problems.add("schema_version must be 1");
        }
        if (!PartialDate.valid(datasetVersion)) {
            problems.add("dataset_version must be a date");
        }
        if (rows == null || rows.isEmpty()) {
            problems.add("no rows");
            return problems;
        }
        Map<String, Jurisdiction> byCode = new HashMap<>();
        for (Jurisdiction row : rows) {
            if (row.code() == null || byCode.put(row.code(), row) != null) {
                problems.add("code " + row.code() + " is missing or repeated");
            }
        }
        for (Jurisdiction row : rows) {
            rowProblems(row, byCode).forEach(problem -> problems.add(row.code() + ": " + problem));
        }
        return problems;
    }

    private static List<String> rowProblems(Jurisdiction row, Map<String, Jurisdiction> byCode) {
        List<String> problems = new ArrayList<>();
        String code = Objects.toString(row.code(), "");
        if (row.name() == null || row.name().isBlank()) {
            problems.add("name is missing");
        }
        if (row.level() == null || row.status() == null || row.sevenOh() == null) {
            problems.add("level, status and seven_oh are required");
            return problems;
        }
        Jurisdiction parent = row.parent() == null ? null : byCode.get(row.parent());
        switch (row.level()) {
            case COUNTRY -> {
                if (!code.matches("[A-Z]{2}") || row.parent() != null) {
                    problems.add("a country has a two-letter ISO code and no parent");
                }
            }
            case STATE -> {
                if (!code.matches("[A-Z]{2}-[A-Z]{2}") || parent == null || parent.level() != Level.COUNTRY
                        || !code.startsWith(row.parent() + "-")) {
                    problems.add("a state has an ISO 3166-2 code under an existing country parent");
                }
            }
            case LOCALITY -> {
                if (!code.matches("[A-Z]{2}-[A-Z]{2}-[A-Z0-9-]+") || parent == null || parent.level() != Level.STATE
                        || !code.startsWith(row.parent() + "-")) {
                    problems.add("a locality has a code like US-FL-SARASOTA-COUNTY under an existing state parent");
                }
            }
        }
        if (row.minAge() != null && (row.minAge() < 16 || row.minAge() > 25)) {
            problems.add("min_age must be between 16 and 25");
        }
        if (!PartialDate.valid(row.asOf())) {
            problems.add("as_of must be a date (2026-08-22, 2026-08 or 2026)");
        }
        if (row.effectiveDate() != null && !PartialDate.valid(row.effectiveDate())) {
            problems.add("effective_date must be a date (2026-08-22, 2026-08 or 2026)");
        }
        if (row.effectiveDate() != null && row.effectiveDate().matches("202[56].*") && row.priorStatus() == null) {
            problems.add("a 2025 or 2026 effective_date needs a prior_status");
        }
        if (row.banScope() != null && (row.status() != LegalStatus.BANNED || !BAN_SCOPES.contains(row.banScope()))) {
            problems.add("ban_scope is one of " + BAN_SCOPES + " and only on a banned row");
        }
        if (!CONFIDENCE.contains(Objects.toString(row.confidence(), ""))) {
            problems.add("confidence must be high, medium or low");
        }
        row.flags().stream().filter(flag -> !FLAGS.contains(flag)).forEach(flag -> problems.add("unknown flag " + flag));
        if (row.flagged("conflicting_sources") && row.conflicts().isEmpty()) {
            problems.add("a row flagged conflicting_sources says what conflicts");
        }
        for (PendingChange change : row.pendingChanges()) {
            if (change.expected() == null || change.expected().isBlank() || change.what() == null || change.what().isBlank()) {
                problems.add("a pending change needs expected and what");
            }
        }
        problems.addAll(sourceProblems(row));
        return problems;
    }

    private static List<String> sourceProblems(Jurisdiction row) {
        List<String> problems = new ArrayList<>();
        if (row.sources().isEmpty()) {
            problems.add("at least one source is required");
            return problems;
        }
        for (LegalSource source : row.sources()) {
            if (source.title() == null || source.title().isBlank() || source.url() == null
                    || !source.url().matches("https?://\\S+") || !PartialDate.valid(source.date())
                    || !SOURCE_KINDS.contains(Objects.toString(source.kind(), ""))) {
                problems.add("source \"" + source.title() + "\" needs a title, a web address, a date and a known kind");
            }
        }
        // as_of is the newest source's date; a source dated only by year or month may contain it.
        if (PartialDate.valid(row.asOf()) && row.sources().stream().allMatch(source -> PartialDate.valid(source.date()))) {
            PartialDate asOf = PartialDate.parse(row.asOf());
            List<PartialDate> dates = row.sources().stream().map(source -> PartialDate.parse(source.date())).toList();
            if (dates.stream().anyMatch(date -> date.first().isAfter(asOf.last()))
                    || dates.stream().noneMatch(date -> !date.last().isBefore(asOf.first()))) {
                problems.add("as_of " + row.asOf() + " is not the newest source's date");
            }
        }
        return problems;
    }
}
