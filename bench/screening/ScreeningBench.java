import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import app.mitra.safety.Screening;
import app.mitra.safety.ScreeningResult;
import app.mitra.safety.internal.NameMatcher;
import app.mitra.safety.internal.Rulebook;
import app.mitra.safety.internal.RulebookFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times screening of a 20-line profile after warm-up, next to a raw baseline in the same run: a
 * plain lower-case String.contains scan of every line over every name in the rulebook (which is
 * also wrong: it finds "bup" in ibuprofen). Run with bench/screening/run.
 */
public class ScreeningBench {

    static final List<String> CONDITIONS = List.of("chronic low back pain", "Anxiety / panic attacks",
            "OSA on CPAP", "high blood pressure", "hepatitis C, treated");
    static final List<String> MEDICATIONS = List.of("Xanax 0.5 mg as needed for panic", "Percocet 10/325 every 6 hours",
            "gabapentine 300 three times a day", "ibuprofen 600mg with food", "lisinopril 20 mg daily",
            "atorvastatin 40 at night", "Zoloft 100 mg", "metoprolol succinate 50", "Vitamin D3 2000 IU",
            "Zorblex 20 mg");
    static final List<String> SUBSTANCES = List.of("beer, about six a day", "7-OH tablets from a smoke shop",
            "kratom leaf capsules", "weed most evenings", "coffee");
    static final int ROUNDS = 20_000;

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of("src/main/resources/safety/rulebook.json"), StandardCharsets.UTF_8);
        long loadStart = System.nanoTime();
        Rulebook book = RulebookFile.parse("rulebook.json", text, JsonMapper.builder().build());
        NameMatcher matcher = new NameMatcher(book);
        long loadNanos = System.nanoTime() - loadStart;
        Constructor<Screening> constructor = Screening.class.getDeclaredConstructor(Rulebook.class, NameMatcher.class);
        constructor.setAccessible(true);
        Screening screening = constructor.newInstance(book, matcher);

        List<String> names = new ArrayList<>();
        book.rules().forEach(rule -> rule.names().forEach((canonical, aliases) -> {
            names.add(canonical.toLowerCase(Locale.ROOT));
            aliases.forEach(alias -> names.add(alias.toLowerCase(Locale.ROOT)));
        }));
        List<String> lines = new ArrayList<>(CONDITIONS);
        lines.addAll(MEDICATIONS);
        lines.addAll(SUBSTANCES);

        ScreeningResult sample = screening.check(70, CONDITIONS, MEDICATIONS, SUBSTANCES);
        long[] engine = time(() -> screening.check(70, CONDITIONS, MEDICATIONS, SUBSTANCES).findings().size());
        long[] baseline = time(() -> {
            int hits = 0;
            for (String line : lines) {
                String lower = line.toLowerCase(Locale.ROOT);
                for (String name : names) {
                    if (lower.contains(name)) {
                        hits++;
                    }
                }
            }
            return hits;
        });
        System.out.printf(Locale.ROOT, "Rulebook %s: %d rules, %d names; load + index %.1f ms; profile of %d lines -> %d findings, %d checked, %d unrecognised%n",
                book.version(), book.rules().size(), names.size(), loadNanos / 1e6, lines.size(),
                sample.findings().size(), sample.checked().size(), sample.unrecognised().size());
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s%n", "per screening of 20 lines (after warm-up)", "p50 us",
                "p99 us", "mean us");
        row("Mitra screening (index, fuzzy, exclusions)", engine);
        row("baseline: lower-case String.contains scan", baseline);
    }

    interface Work {
        int run();
    }

    static long sink;

    static long[] time(Work work) {
        for (int i = 0; i < ROUNDS; i++) {
            sink += work.run();
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            sink += work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static void row(String name, long[] nanos) {
        double mean = Arrays.stream(nanos).average().orElse(0);
        System.out.printf(Locale.ROOT, "%-44s %10.1f %10.1f %10.1f%n", name, nanos[nanos.length / 2] / 1e3,
                nanos[(int) (nanos.length * 0.99)] / 1e3, mean / 1e3);
    }
}
