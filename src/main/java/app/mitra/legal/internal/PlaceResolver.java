package app.mitra.legal.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.mitra.common.EditDistance;
import app.mitra.legal.Jurisdiction;
import app.mitra.legal.Level;

/**
 * Reads a place as people type it. A trip is split on "from", "to", "via", "and", arrows or semicolons;
 * each part is read as "name, region" when it ends with a state, a state abbreviation or a country (the
 * name must then exist in that region), else as a bare name looked up in the rows and the gazetteer.
 * A name that fits several places gives them all: the caller answers for the strictest and lists them.
 */
final class PlaceResolver {

    /** One part of the text and the places it may mean: none is unknown, several is ambiguous. */
    record Reading(String text, List<Place> places) {
    }

    private static final Pattern TRIP = Pattern.compile(
            "\\s*(?:->|=>|→|[;|]|\\b(?:to|from|via|then|and|through|thru|towards?)\\b)\\s*");
    private static final Pattern ZIP = Pattern.compile("\\b(\\d{5})(?:\\s\\d{4})?\\b");
    private static final Set<String> LEADING = Set.of("i", "im", "we", "were", "am", "are", "is", "will", "be", "was",
            "flying", "fly", "flight", "driving", "drive", "travelling", "traveling", "travel", "going", "go", "visiting",
            "visit", "trip", "a", "the", "in", "at", "moving", "move", "living", "live", "heading", "back", "home",
            "layover", "transit", "stopover", "stop", "on", "my", "our", "next", "week", "staying", "stay");
    private static final Set<String> TRAILING = Set.of("tomorrow", "today", "tonight", "soon", "please", "now",
            "week", "weekend", "month", "next", "this", "usa");
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("US", List.of("united states", "united states of america", "usa", "us", "america", "u s", "u s a")),
            Map.entry("GB", List.of("uk", "u k", "united kingdom", "great britain", "britain", "england", "scotland",
                    "wales", "northern ireland")),
            Map.entry("CZ", List.of("czechia", "czech republic")), Map.entry("KR", List.of("korea", "republic of korea")),
            Map.entry("NL", List.of("holland", "the netherlands")), Map.entry("MM", List.of("burma")),
            Map.entry("VN", List.of("viet nam")),
            Map.entry("US-DC", List.of("dc", "d c", "washington dc", "washington d c", "district of columbia")),
            Map.entry("US-WA", List.of("washington state", "wa state")));
    /** Names people use for a few big cities that the gazetteer writes out in full. */
    private static final Map<String, String> NICKNAMES = Map.of("nyc", "new york city", "philly", "philadelphia",
            "vegas", "las vegas", "sf", "san francisco", "kl", "kuala lumpur", "dfw", "dallas");
    /** Province abbreviations that collide with no US state or country code. */
    private static final Map<String, String> PROVINCE_CODES = Map.ofEntries(Map.entry("bc", "CA"),
            Map.entry("ab", "CA"), Map.entry("sk", "CA"), Map.entry("mb", "CA"), Map.entry("on", "CA"),
            Map.entry("qc", "CA"), Map.entry("nb", "CA"), Map.entry("ns", "CA"), Map.entry("pei", "CA"),
            Map.entry("nsw", "AU"), Map.entry("vic", "AU"), Map.entry("qld", "AU"), Map.entry("tas", "AU"),
            Map.entry("act", "AU"));

    private final Map<String, Jurisdiction> rows;
    private final Map<String, List<Jurisdiction>> regions = new HashMap<>();
    private final Map<String, List<Jurisdiction>> localities = new HashMap<>();
    private final Map<String, List<String>> counties = new HashMap<>();
    /** Province names in {@code regions}: alone they are places in their own right ("Bali, Indonesia"). */
    private final java.util.Set<String> provinces = new java.util.HashSet<>();
    private final Gazetteer gazetteer;
    private final List<String[]> knownNames = new ArrayList<>();

    PlaceResolver(Map<String, Jurisdiction> rows, Gazetteer gazetteer) {
        this.rows = rows;
        this.gazetteer = gazetteer;
        for (Jurisdiction row : rows.values()) {
            if (row.level() == Level.LOCALITY) {
                add(localities, Names.localName(row.name()), row);
                continue;
            }
            add(regions, Names.normal(row.name()), row);
            add(regions, Names.normal(row.code().substring(row.code().indexOf('-') + 1)), row);
            ALIASES.getOrDefault(row.code(), List.of()).forEach(alias -> add(regions, alias, row));
        }
        // "Washington" alone is as likely the capital as the state.
        add(regions, "washington", rows.get("US-DC"));
        // A province after a city ("Vancouver, BC", "Ubud, Bali") names its country; a state's name wins.
        gazetteer.provinces().forEach(province -> {
            String key = Names.normal(province.name());
            if (!regions.containsKey(key) && rows.containsKey(province.country())) {
                add(regions, key, rows.get(province.country()));
                provinces.add(key);
            }
        });
        PROVINCE_CODES.forEach((code, country) -> regions.putIfAbsent(code, List.of(rows.get(country))));
        gazetteer.names().forEach((normal, name) -> knownNames.add(new String[] { normal, name }));
        rows.values().forEach(row -> knownNames.add(new String[] { Names.normal(row.name()), row.name() }));
        gazetteer.countiesByState().forEach((county, states) -> counties.put(Names.normal(county), states));
    }

    private static void add(Map<String, List<Jurisdiction>> index, String key, Jurisdiction row) {
        List<Jurisdiction> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (row != null && !list.contains(row)) {
            list.add(row);
        }
    }

    List<Reading> read(String text) {
        List<String> parts = Arrays.stream(TRIP.split(text.toLowerCase(java.util.Locale.ROOT)))
                .map(String::trim).filter(part -> !Names.normal(part).isEmpty()).toList();
        List<Reading> readings = new ArrayList<>();
        for (String part : parts) {
            List<String> words = trimmed(Names.normal(part));
            if (words.isEmpty() || (parts.size() > 1 && words.stream().allMatch(LEADING::contains))) {
                continue;
            }
            Reading reading = new Reading(part.trim(), readPart(part));
            List<Reading> split = commaList(part, reading);
            readings.addAll(split == null ? List.of(reading) : split);
        }
        return readings;
    }

    /** "Bali, Singapore" is two places, not Bali in Singapore: used only when the region reading fails. */
    private List<Reading> commaList(String part, Reading reading) {
        if (!part.contains(",") || reading.places().stream().anyMatch(Place::recognised)) {
            return null;
        }
        List<Reading> split = Arrays.stream(part.split(",")).filter(piece -> !piece.isBlank())
                .map(piece -> new Reading(piece.trim(), readPart(piece))).toList();
        if (split.size() < 2 || !split.stream().allMatch(each -> each.places().stream().anyMatch(Place::recognised))) {
            return null;
        }
        // "New York, NY" read as two parts is still one place.
        return split.stream().map(each -> each.places().get(0).head().code()).distinct().count() > 1 ? split : null;
    }

    private List<Place> readPart(String part) {
        Matcher zipMatch = ZIP.matcher(Names.normal(part));
        Gazetteer.Zip zip = zipMatch.find() ? gazetteer.zip(zipMatch.group(1)) : null;
        List<String> words = trimmed(ZIP.matcher(Names.normal(part)).replaceAll(" ").trim());
        if (words.isEmpty()) {
            return zip == null ? List.of() : within(state(zip.state()), Names.normal(zip.city()), false);
        }
        String whole = String.join(" ", words);
        if (regions.containsKey(whole) && !provinces.contains(whole)) {
            return regions.get(whole).stream().filter(region -> zip == null || region.code().equals("US-" + zip.state()))
                    .map(this::regionPlace).toList();
        }
        for (int k = Math.min(4, words.size() - 1); k >= 1; k--) {
            String suffix = String.join(" ", words.subList(words.size() - k, words.size()));
            if (regions.containsKey(suffix)) {
                return qualified(regions.get(suffix), String.join(" ", words.subList(0, words.size() - k)));
            }
        }
        if (zip != null) {
            List<Place> inZipState = within(state(zip.state()), whole, false);
            return inZipState.get(0).recognised() ? inZipState : within(state(zip.state()), Names.normal(zip.city()), false);
        }
        return bare(whole);
    }

    private List<Place> qualified(List<Jurisdiction> regionsNamed, String name) {
        List<Place> readings = regionsNamed.stream().flatMap(region -> within(region, name, true).stream()).toList();
        List<Place> recognised = distinct(readings.stream().filter(Place::recognised).toList());
        if (!recognised.isEmpty()) {
            return recognised;
        }
        // A trailing "CA" after an unknown name is more often California than Canada.
        return List.of(readings.stream().filter(place -> place.head().level() == Level.STATE).findFirst()
                .orElse(readings.get(0)));
    }

    private List<Place> within(Jurisdiction region, String name, boolean keepUnrecognised) {
        if (region == null) {
            return List.of();
        }
        if (regions.getOrDefault(name, List.of()).contains(region)) {
            // "New York, NY": the name is the region itself.
            return List.of(regionPlace(region));
        }
        List<Place> found = switch (region.level()) {
            case STATE -> inState(region, name);
            case COUNTRY -> region.code().equals("US")
                    ? bare(name).stream().filter(Place::inUnitedStates).toList()
                    : gazetteer.named(name).stream().filter(spot -> spot.country().equals(region.code()))
                            .map(spot -> new Place(spot.name() + ", " + region.name(), List.of(region), null, true))
                            .limit(1).toList();
            case LOCALITY -> List.of();
        };
        if (!found.isEmpty() || !keepUnrecognised && region.level() != Level.STATE) {
            return found;
        }
        return List.of(new Place(region.name(), chain(region), name, false));
    }

    private List<Place> inState(Jurisdiction state, String written) {
        String name = NICKNAMES.getOrDefault(written, written);
        List<Place> places = new ArrayList<>();
        localities.getOrDefault(name, List.of()).stream().filter(row -> row.parent().equals(state.code()))
                .forEach(row -> places.add(new Place(row.name(), withCounty(row, name, state), null, true)));
        gazetteer.named(name).stream().filter(spot -> spot.country().equals("US") && state.code().equals("US-" + spot.state()))
                .forEach(spot -> places.add(spotPlace(spot)));
        if (places.isEmpty() && counties.getOrDefault(name, List.of()).contains(state.code().substring(3))) {
            places.add(new Place(titled(name) + ", " + state.name(), chain(state), null, false));
        }
        return distinct(places);
    }

    private List<Place> bare(String written) {
        String name = NICKNAMES.getOrDefault(written, written);
        List<Place> places = new ArrayList<>();
        localities.getOrDefault(name, List.of()).forEach(row ->
                places.add(new Place(row.name(), withCounty(row, name, rows.get(row.parent())), null, true)));
        for (Gazetteer.Spot spot : gazetteer.named(name)) {
            places.add(spot.country().equals("US") ? spotPlace(spot)
                    : new Place(spot.name() + ", " + rows.get(spot.country()).name(), List.of(rows.get(spot.country())), null, true));
        }
        for (String stateCode : counties.getOrDefault(name, List.of())) {
            Jurisdiction state = state(stateCode);
            if (state != null) {
                places.add(new Place(titled(name) + ", " + state.name(), chain(state), null, false));
            }
        }
        return distinct(places.stream().filter(place -> place.chain().stream().allMatch(java.util.Objects::nonNull)).toList());
    }

    /** A US city: its own row if it has one, its county's row if that has one, then the state and the country. */
    private Place spotPlace(Gazetteer.Spot spot) {
        Jurisdiction state = state(spot.state());
        if (state == null) {
            return new Place(spot.name(), List.of(rows.get("US")), null, false);
        }
        Jurisdiction city = localities.getOrDefault(Names.normal(spot.name()), List.of()).stream()
                .filter(row -> row.parent().equals(state.code()) && !row.code().endsWith("-COUNTY")).findFirst().orElse(null);
        List<Jurisdiction> chain = new ArrayList<>();
        if (city != null) {
            chain.add(city);
        }
        countyRow(spot.county(), state).ifPresent(chain::add);
        chain.addAll(chain(state));
        return new Place(city != null ? city.name() : spot.name() + ", " + state.name(), chain, null, city != null);
    }

    private List<Jurisdiction> withCounty(Jurisdiction row, String name, Jurisdiction state) {
        List<Jurisdiction> chain = new ArrayList<>(List.of(row));
        if (!row.code().endsWith("-COUNTY")) {
            gazetteer.named(name).stream().filter(spot -> state.code().equals("US-" + spot.state())).findFirst()
                    .flatMap(spot -> countyRow(spot.county(), state)).ifPresent(chain::add);
        }
        chain.addAll(chain(state));
        return chain;
    }

    /** A county-wide row; one limited to unincorporated areas is not assumed to cover a named city. */
    private java.util.Optional<Jurisdiction> countyRow(String county, Jurisdiction state) {
        if (county == null || county.isBlank()) {
            return java.util.Optional.empty();
        }
        return localities.getOrDefault(Names.normal(county), List.of()).stream()
                .filter(row -> row.parent().equals(state.code()) && row.code().endsWith("-COUNTY")).findFirst();
    }

    private Place regionPlace(Jurisdiction region) {
        return new Place(region.name(), chain(region), null, region.level() == Level.COUNTRY && !region.code().equals("US"));
    }

    private List<Jurisdiction> chain(Jurisdiction row) {
        List<Jurisdiction> chain = new ArrayList<>();
        for (Jurisdiction at = row; at != null; at = at.parent() == null ? null : rows.get(at.parent())) {
            chain.add(at);
        }
        return chain;
    }

    private Jurisdiction state(String postal) {
        return rows.get("US-" + postal);
    }

    private static List<Place> distinct(List<Place> places) {
        Map<String, Place> byHead = new LinkedHashMap<>();
        places.forEach(place -> byHead.putIfAbsent(place.head().code(), place));
        return List.copyOf(byHead.values());
    }

    private static List<String> trimmed(String normal) {
        List<String> words = new ArrayList<>(Arrays.asList(normal.split(" ")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && LEADING.contains(words.get(0))) {
            words.remove(0);
        }
        while (words.size() > 1 && TRAILING.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    private static String titled(String normal) {
        StringBuilder out = new StringBuilder();
        for (String word : normal.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /** The names Mitra knows that are nearest to what was typed, for a 404's suggestions. */
    List<String> suggestions(String text) {
        String typed = Names.normal(text);
        int limit = Math.max(2, typed.length() / 3);
        return knownNames.stream()
                .filter(name -> Math.abs(name[0].length() - typed.length()) <= limit)
                .map(name -> Map.entry(name[1], EditDistance.within(name[0], typed, limit)))
                .filter(entry -> entry.getValue() <= limit)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).distinct().limit(5).toList();
    }
}
