package app.mitra.legal.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import app.mitra.legal.Jurisdiction;
import app.mitra.legal.LegalAnswer;
import app.mitra.legal.LegalAnswer.Candidate;
import app.mitra.legal.LegalAnswer.Layer;
import app.mitra.legal.LegalAnswer.PlaceAnswer;
import app.mitra.legal.LegalSource;
import app.mitra.legal.LegalStatus;
import app.mitra.legal.Level;
import app.mitra.legal.PendingChange;
import app.mitra.legal.SevenOh;
import app.mitra.legal.UnknownPlaceException;

/**
 * Answers "what applies here on this date" from the rows. Each layer of a place (city, county, state,
 * country) gives its own status on the date (its prior status before its effective date); the strictest
 * wins, the highest age applies, and everything uncertain becomes a warning rather than a quiet guess.
 */
public final class LegalBook {

    /** Older than this, a row's newest source may no longer describe the law. */
    public static final int STALE_AFTER_DAYS = 180;
    /** A change within this many days before the date asked is worth mentioning. */
    private static final int RECENT_CHANGE_DAYS = 180;

    private final JurisdictionsFile file;
    private final Map<String, Jurisdiction> rows = new LinkedHashMap<>();
    private volatile PlaceResolver resolver;
    private final MessageSource messages;

    public LegalBook(JurisdictionsFile file, MessageSource messages) {
        this.file = file;
        file.rows().forEach(row -> rows.put(row.code(), row));
        this.messages = messages;
    }

    /**
     * The place names (about 80,000 with ZIP codes) load on the first lookup rather than at start-up:
     * checking a saved code, which Today does, never needs them.
     */
    private PlaceResolver resolver() {
        PlaceResolver loaded = resolver;
        if (loaded == null) {
            synchronized (this) {
                if (resolver == null) {
                    resolver = new PlaceResolver(rows, Gazetteer.load());
                }
                loaded = resolver;
            }
        }
        return loaded;
    }

    public Optional<Jurisdiction> row(String code) {
        return Optional.ofNullable(code == null ? null : rows.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    public List<Jurisdiction> rows() {
        return List.copyOf(rows.values());
    }

    public String datasetVersion() {
        return file.datasetVersion();
    }

    public LegalAnswer lookup(String text, LocalDate date, LocalDate today, Locale locale) {
        // A state or local code ("US-MS-TUPELO") is exact; a bare two letters ("CA") may be a state or a country.
        if (text.contains("-") && rows.containsKey(text.trim().toUpperCase(Locale.ROOT))) {
            return forCode(text, date, today, locale);
        }
        List<PlaceResolver.Reading> readings = resolver().read(text);
        List<PlaceResolver.Reading> known = readings.stream().filter(reading -> !reading.places().isEmpty()).toList();
        if (known.isEmpty()) {
            throw new UnknownPlaceException(text.trim(), resolver().suggestions(readings.isEmpty() ? text
                    : readings.get(0).text()));
        }
        Notes notes = new Notes();
        readings.stream().filter(reading -> reading.places().isEmpty())
                .forEach(reading -> notes.add(null, "legal.warning.notFound", reading.text()));
        List<Evaluated> evaluated = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (PlaceResolver.Reading reading : known) {
            List<Evaluated> meanings = reading.places().stream().map(place -> evaluate(place, reading.text(), date)).toList();
            if (meanings.size() > 1) {
                notes.add(null, "legal.warning.ambiguous", reading.text());
                meanings.stream().sorted(STRICTEST_FIRST)
                        .forEach(meaning -> candidates.add(new Candidate(meaning.answer().code(), meaning.place().label(),
                                meaning.answer().status())));
            }
            evaluated.addAll(meanings);
        }
        boolean several = evaluated.size() > 1;
        // An ambiguous name's candidates carry their own status; their many details would drown the question.
        known.stream().filter(reading -> reading.places().size() == 1)
                .forEach(reading -> evaluated.stream().filter(each -> each.answer().query().equals(reading.text()))
                        .forEach(each -> warnings(each, date, today, several, notes)));
        if (known.size() > 1 && evaluated.stream().anyMatch(each -> each.answer().status() == LegalStatus.BANNED)) {
            notes.add(null, "legal.warning.tripBanned");
        }
        return answer(evaluated, candidates, notes, date, today, locale);
    }

    /** The answer for a code a person saved in their profile. */
    public LegalAnswer forCode(String code, LocalDate date, LocalDate today, Locale locale) {
        Jurisdiction row = row(code).orElseThrow(() -> new UnknownPlaceException(code, resolver().suggestions(code)));
        List<Jurisdiction> chain = new ArrayList<>();
        for (Jurisdiction at = row; at != null; at = at.parent() == null ? null : rows.get(at.parent())) {
            chain.add(at);
        }
        Place place = new Place(row.name(), chain, null, row.level() != Level.STATE);
        Notes notes = new Notes();
        Evaluated evaluated = evaluate(place, code, date);
        warnings(evaluated, date, today, false, notes);
        return answer(List.of(evaluated), List.of(), notes, date, today, locale);
    }

    private record Evaluated(Place place, PlaceAnswer answer, List<Jurisdiction> used) {
    }

    private static final Comparator<Evaluated> STRICTEST_FIRST =
            Comparator.comparing((Evaluated each) -> each.answer().status()).reversed();

    private Evaluated evaluate(Place place, String query, LocalDate date) {
        List<Layer> layers = new ArrayList<>();
        List<Jurisdiction> used = new ArrayList<>();
        LegalStatus status = null;
        Integer minAge = null;
        SevenOh sevenOh = null;
        for (Jurisdiction row : place.chain()) {
            Layer layer = layer(row, date);
            if (layer == null) {
                continue;
            }
            layers.add(layer);
            used.add(row);
            status = layer.status().stricter(status);
            if (layer.minAge() != null) {
                minAge = minAge == null ? layer.minAge() : Integer.valueOf(Math.max(minAge, layer.minAge()));
            }
            sevenOh = layer.sevenOh() == null ? sevenOh : layer.sevenOh().stricter(sevenOh);
        }
        if (status == LegalStatus.BANNED) {
            sevenOh = SevenOh.BANNED;
        }
        PlaceAnswer answer = new PlaceAnswer(query, place.head().code(), place.label(), status, minAge,
                sevenOh == null ? SevenOh.UNKNOWN : sevenOh, layers);
        return new Evaluated(place, answer, used);
    }

    /** A row's own answer on the date, or null for a local rule not yet made (its state then speaks alone). */
    private static Layer layer(Jurisdiction row, LocalDate date) {
        PartialDate effective = PartialDate.parse(row.effectiveDate());
        String notes = row.regulationNotes();
        if (effective == null || !date.isBefore(effective.first())) {
            return new Layer(row.code(), row.name(), row.level(), row.status(), row.minAge(), row.sevenOh(),
                    row.banScope(), row.effectiveDate(), row.asOf(), row.confidence(), notes);
        }
        if (row.priorStatus() != null) {
            return new Layer(row.code(), row.name(), row.level(), row.priorStatus(), null, null, null,
                    row.effectiveDate(), row.asOf(), row.confidence(), notes);
        }
        if (row.level() == Level.LOCALITY) {
            return null;
        }
        return new Layer(row.code(), row.name(), row.level(), LegalStatus.UNCLEAR, null, null, null,
                row.effectiveDate(), row.asOf(), row.confidence(), notes);
    }

    private void warnings(Evaluated each, LocalDate date, LocalDate today, boolean several, Notes notes) {
        String where = several ? each.place().label() : null;
        Place place = each.place();
        if (!place.recognised()) {
            notes.add(where, "legal.warning.notRecognised", place.unrecognised(), place.head().name());
            List<String> near = resolver().suggestions(place.unrecognised());
            if (!near.isEmpty()) {
                notes.add(where, "legal.warning.didYouMean", String.join(", ", near));
            }
        }
        if (place.inUnitedStates() && !place.ownRow()) {
            Jurisdiction state = place.chain().stream().filter(row -> row.level() == Level.STATE).findFirst().orElseThrow();
            notes.add(where, state.flagged("many_local_bans") ? "legal.warning.localBansCommon"
                    : "legal.warning.localNotChecked", state.name());
        }
        for (Jurisdiction row : each.used()) {
            rowWarnings(row, date, today, notes);
        }
    }

    /** A row's warnings name the row, so they read the same on every place of a trip and are said once. */
    private void rowWarnings(Jurisdiction row, LocalDate date, LocalDate today, Notes notes) {
        String name = row.name();
        PartialDate effective = PartialDate.parse(row.effectiveDate());
        if (effective != null && date.isBefore(effective.first())) {
            notes.add(null, row.priorStatus() == null ? "legal.warning.noHistory" : "legal.warning.changesOn", name,
                    row.effectiveDate(), status(row.status()), status(row.priorStatus()));
        } else if (effective != null && row.priorStatus() != null && row.priorStatus() != row.status()
                && ChronoUnit.DAYS.between(effective.first(), date) <= RECENT_CHANGE_DAYS) {
            notes.add(null, "legal.warning.changedOn", name, row.effectiveDate(), status(row.priorStatus()),
                    status(row.status()));
        }
        if (effective != null && !effective.precise() && effective.covers(date)) {
            notes.add(null, "legal.warning.dateUncertain", name, row.effectiveDate());
        }
        row.pendingChanges().forEach((PendingChange change) -> notes.add(null,
                expectedPassed(change, today) ? "legal.warning.pendingPassed" : "legal.warning.pending", name,
                change.expected(), change.what()));
        if (row.pendingChanges().isEmpty() && (row.flagged("changing") || row.flagged("new_2026"))) {
            notes.add(null, "legal.warning.changing", name);
        }
        if (row.flagged("emergency_order") || row.flagged("emergency_rule") || row.flagged("temporary")) {
            notes.add(null, "legal.warning.emergency", name);
        }
        if (row.status() == LegalStatus.BANNED && !date.isBefore(effective == null ? LocalDate.MIN : effective.first())) {
            if (row.banScope() == null || row.flagged("scope_uncertain")) {
                notes.add(null, "legal.warning.scopeUnknown", name);
            } else if (row.banScope().equals("sale_and_import")) {
                notes.add(null, "legal.warning.saleAndImport", name);
            } else if (row.banScope().equals("sale_only")) {
                notes.add(null, "legal.warning.saleOnly", name);
            }
        }
        if (row.flagged("severe_penalties")) {
            notes.add(null, "legal.warning.severePenalties", name);
        }
        if (row.flagged("import_risk")) {
            notes.add(null, "legal.warning.importRisk", name);
        }
        if (row.flagged("grey_market")) {
            notes.add(null, "legal.warning.greyMarket", name);
        }
        if (row.status() == LegalStatus.UNCLEAR) {
            notes.add(null, "legal.warning.unclear", name);
        }
        if (row.flagged("conflicting_sources")) {
            notes.add(null, "legal.warning.conflicts", name, String.join(" ", row.conflicts()));
        }
        if ("low".equals(row.confidence())) {
            notes.add(null, "legal.warning.lowConfidence", name);
        }
        if (stale(row, today)) {
            notes.add(null, "legal.warning.stale", name, row.asOf());
        }
    }

    static boolean stale(Jurisdiction row, LocalDate today) {
        return ChronoUnit.DAYS.between(PartialDate.parse(row.asOf()).last(), today) > STALE_AFTER_DAYS;
    }

    private LegalAnswer answer(List<Evaluated> evaluated, List<Candidate> candidates, Notes notes, LocalDate date,
            LocalDate today, Locale locale) {
        List<Evaluated> strictest = evaluated.stream().sorted(STRICTEST_FIRST).toList();
        LegalStatus status = strictest.get(0).answer().status();
        Integer minAge = evaluated.stream().map(each -> each.answer().minAge()).filter(java.util.Objects::nonNull)
                .max(Integer::compare).orElse(null);
        SevenOh sevenOh = evaluated.stream().map(each -> each.answer().sevenOh()).max(Comparator.naturalOrder()).orElseThrow();
        Set<Jurisdiction> used = new LinkedHashSet<>();
        strictest.forEach(each -> used.addAll(each.used()));
        List<String> codes = evaluated.size() == 1
                ? evaluated.get(0).used().stream().map(Jurisdiction::code).toList()
                : strictest.stream().map(each -> each.answer().code()).distinct().toList();
        Jurisdiction oldest = used.stream().min(Comparator.comparing(row -> PartialDate.parse(row.asOf()).last())).orElseThrow();
        Map<String, LegalSource> sources = new LinkedHashMap<>();
        used.forEach(row -> row.sources().forEach(source -> sources.putIfAbsent(source.url(), source)));
        Function<DefaultMessageSourceResolvable, String> text = note -> messages.getMessage(note, locale);
        List<LegalAnswer.Announced> announced = new ArrayList<>();
        used.forEach(row -> announced.addAll(announced(row, date, today)));
        return new LegalAnswer(status, minAge, sevenOh, codes, oldest.asOf(), stale(oldest, today),
                notes.all().stream().map(text).distinct().toList(), List.copyOf(sources.values()),
                candidates.isEmpty() ? null : candidates, strictest.stream().map(Evaluated::answer).toList(),
                announced, date, file.datasetVersion());
    }

    private static List<LegalAnswer.Announced> announced(Jurisdiction row, LocalDate date, LocalDate today) {
        List<LegalAnswer.Announced> ahead = new ArrayList<>();
        PartialDate effective = PartialDate.parse(row.effectiveDate());
        if (effective != null && date.isBefore(effective.first())) {
            ahead.add(new LegalAnswer.Announced(row.code(), row.name(), row.level(), row.effectiveDate(), row.status(),
                    null, false));
        }
        row.pendingChanges().forEach(change -> ahead.add(new LegalAnswer.Announced(row.code(), row.name(), row.level(),
                change.expected(), null, change.what(), expectedPassed(change, today))));
        return ahead;
    }

    /**
     * Whether the last day an announced change was expected by is behind today: the data cannot say
     * whether it happened, so the answer says it may have (refreshing the data is what settles it).
     */
    static boolean expectedPassed(PendingChange change, LocalDate today) {
        return PartialDate.lastExpectedDay(change.expected()).map(today::isAfter).orElse(false);
    }

    private static DefaultMessageSourceResolvable status(LegalStatus status) {
        return new DefaultMessageSourceResolvable(new String[] { "legal.status." + status.code() }, status.code());
    }

    /** Warnings as message keys; on a trip each names its place. */
    private static final class Notes {

        private final List<DefaultMessageSourceResolvable> all = new ArrayList<>();

        void add(String where, String key, Object... arguments) {
            DefaultMessageSourceResolvable note = new DefaultMessageSourceResolvable(new String[] { key }, arguments);
            all.add(where == null ? note
                    : new DefaultMessageSourceResolvable(new String[] { "legal.warning.at" }, new Object[] { where, note }));
        }

        List<DefaultMessageSourceResolvable> all() {
            return all;
        }
    }
}
