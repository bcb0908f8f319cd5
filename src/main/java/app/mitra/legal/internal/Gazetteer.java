package app.mitra.legal.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.core.io.ClassPathResource;

/**
 * Place names that are not rows of the legal data: GeoNames cities and provinces in the countries the
 * data covers ({@code legal/places.tsv}, CC BY 4.0) and US ZIP codes ({@code legal/zip-codes.tsv}),
 * both derived by {@code scripts/legal-gazetteer.py}. They only say where a place is; the legal rows
 * say what applies there.
 */
final class Gazetteer {

    /** A city (or a province, where {@code province}) in a country; a US city also names its state and county. */
    record Spot(String name, String country, String state, String county, boolean province) {
    }

    record Zip(String city, String state) {
    }

    private final Map<String, List<Spot>> spots = new HashMap<>();
    private final Map<String, Zip> zips = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, List<String>> countiesByState = new HashMap<>();
    private final List<Spot> provinces = new ArrayList<>();

    static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        lines("legal/places.tsv", fields -> gazetteer.add(new Spot(fields[1], fields[2], fields[3], fields[4],
                fields[0].equals("r"))));
        lines("legal/zip-codes.tsv", fields -> gazetteer.zips.put(fields[0], new Zip(fields[1], fields[2])));
        return gazetteer;
    }

    private void add(Spot spot) {
        String key = Names.normal(spot.name());
        if (spot.province()) {
            provinces.add(spot);
        }
        if (!key.isEmpty()) {
            spots.computeIfAbsent(key, k -> new ArrayList<>()).add(spot);
            names.putIfAbsent(key, spot.name());
        }
        if (!spot.county().isEmpty()) {
            List<String> states = countiesByState.computeIfAbsent(spot.county(), k -> new ArrayList<>());
            if (!states.contains(spot.state())) {
                states.add(spot.state());
            }
        }
    }

    List<Spot> named(String normalName) {
        return spots.getOrDefault(normalName, List.of());
    }

    Zip zip(String code) {
        return zips.get(code);
    }

    /** Provinces and regions of the countries outside the US ("Bali", "Ontario", "Bavaria"). */
    List<Spot> provinces() {
        return provinces;
    }

    /** US county names ("Lee County") and the postal codes of the states that have one by that name. */
    Map<String, List<String>> countiesByState() {
        return countiesByState;
    }

    /** Each normalised name with one way it is written, for suggestions. */
    Map<String, String> names() {
        return names;
    }

    private static void lines(String path, Consumer<String[]> each) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    each.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The place names file " + path + " cannot be read", e);
        }
    }
}
