package app.mitra.legal;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to a lookup, in API.md's shape: the strictest status of every place asked about (and of
 * every candidate when a name is ambiguous), the highest minimum age, the strictest 7-OH rule,
 * {@code codes} most specific first (for a trip, each place's most specific code, strictest first), the
 * oldest as-of date among the rows used, warnings and the sources of every row used. {@code places}
 * shows each place's layers (a city's rule and its state's) so nothing is hidden behind the summary.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalAnswer(LegalStatus status, Integer minAge, SevenOh sevenOh, List<String> codes, String asOf,
        boolean stale, List<String> warnings, List<LegalSource> sources, List<Candidate> candidates,
        List<PlaceAnswer> places, List<Announced> announced, LocalDate date, String datasetVersion) {

    public LegalAnswer {
        codes = List.copyOf(codes);
        warnings = List.copyOf(warnings);
        sources = List.copyOf(sources);
        candidates = candidates == null ? null : List.copyOf(candidates);
        places = List.copyOf(places);
        announced = List.copyOf(announced);
    }

    public boolean ambiguous() {
        return candidates != null && !candidates.isEmpty();
    }

    /**
     * A change ahead in a row that applies: a new status from a later effective date ({@code status} set)
     * or an announced change not yet in law ({@code what} set). {@code expectedPassed}: the announced
     * change was expected by a day before today, so it may have happened since the data was gathered.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Announced(String code, String name, Level level, String expected, LegalStatus status, String what,
            boolean expectedPassed) {
    }

    /** One place an ambiguous name may mean. */
    public record Candidate(String code, String name, LegalStatus status) {
    }

    /** What applies in one place on the date asked, with every level that was considered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlaceAnswer(String query, String code, String name, LegalStatus status, Integer minAge,
            SevenOh sevenOh, List<Layer> layers) {

        public PlaceAnswer {
            layers = List.copyOf(layers);
        }
    }

    /** One jurisdiction's own answer on the date asked (its prior status before its effective date). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Layer(String code, String name, Level level, LegalStatus status, Integer minAge, SevenOh sevenOh,
            String banScope, String effectiveDate, String asOf, String confidence, String notes) {
    }
}
