package app.mitra.insights.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import app.mitra.insights.InsightsReport.Difference;
import app.mitra.insights.InsightsReport.GroupRelief;
import app.mitra.insights.InsightsReport.ReliefPerDose;
import app.mitra.insights.internal.Pairing.PairedDose;
import app.mitra.insights.internal.Statistics.Interval;
import app.mitra.journal.DoseFigures;

/**
 * Mean relief overall and per group (product, strain, form) with bootstrap intervals, and the
 * difference between every two groups with enough pairs: called only when its interval leaves out 0.
 */
public final class Comparisons {

    private Comparisons() {
    }

    /** A group's name and its paired doses; {@code productId} only for products. */
    public record Group(String key, UUID productId, String name, List<PairedDose> pairs) {
    }

    public static ReliefPerDose overall(Pairing pairing) {
        double[] relief = reliefs(pairing.paired());
        Optional<Interval> mean = Statistics.meanInterval(relief, seed("all"));
        Integer minutes = pairing.paired().isEmpty() ? null : (int) Math.round(Statistics.median(
                pairing.paired().stream().mapToDouble(PairedDose::minutesToLowest).toArray()));
        return new ReliefPerDose(relief.length, pairing.unpaired(), mean.map(i -> round(i.value())).orElse(null),
                mean.map(i -> round(i.low())).orElse(null), mean.map(i -> round(i.high())).orElse(null),
                mean.isEmpty(), mean.map(Interval::method).orElse(null), minutes);
    }

    /** Groups with enough pairs first, highest mean relief first; then the others by name. */
    public static List<GroupRelief> relief(List<Group> groups) {
        List<GroupRelief> rows = new ArrayList<>();
        for (Group group : groups) {
            Optional<Interval> mean = Statistics.meanInterval(reliefs(group.pairs()), seed(group.key()));
            rows.add(new GroupRelief(group.productId(), group.name(), group.pairs().size(),
                    mean.map(i -> round(i.value())).orElse(null), mean.map(i -> round(i.low())).orElse(null),
                    mean.map(i -> round(i.high())).orElse(null), mean.isEmpty(),
                    mean.map(Interval::method).orElse(null)));
        }
        rows.sort(Comparator.comparing(GroupRelief::insufficient)
                .thenComparing(r -> r.meanRelief() == null ? 0 : -r.meanRelief())
                .thenComparing(GroupRelief::name));
        return rows;
    }

    /** Every two groups of one grouping that both have enough pairs, the higher mean first. */
    public static List<Difference> differences(String grouping, List<Group> groups) {
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                Group a = groups.get(i);
                Group b = groups.get(j);
                double[] ra = reliefs(a.pairs());
                double[] rb = reliefs(b.pairs());
                boolean aHigher = ra.length > 0 && rb.length > 0 && Statistics.mean(ra) >= Statistics.mean(rb);
                Group higher = aHigher ? a : b;
                Group lower = aHigher ? b : a;
                Statistics.differenceInterval(reliefs(higher.pairs()), reliefs(lower.pairs()),
                        seed(higher.key() + "-" + lower.key()))
                        .ifPresent(d -> differences.add(new Difference(grouping, higher.name(), lower.name(),
                                round(d.value()), round(d.low()), round(d.high()), d.excludesZero(), d.method())));
            }
        }
        return differences;
    }

    /**
     * The paired doses of each group, keyed as {@code key} names a dose (null: in no group). Every group
     * with a dose in the range is there, in the order first met, even when none of its doses is paired.
     */
    public static Map<String, List<PairedDose>> group(List<DoseFigures> doses, List<PairedDose> paired,
            Function<DoseFigures, String> key) {
        Map<String, List<PairedDose>> groups = new LinkedHashMap<>();
        for (DoseFigures dose : doses) {
            String k = key.apply(dose);
            if (k != null) {
                groups.computeIfAbsent(k, any -> new ArrayList<>());
            }
        }
        for (PairedDose pair : paired) {
            String k = key.apply(pair.dose());
            if (k != null) {
                groups.get(k).add(pair);
            }
        }
        return groups;
    }

    static double[] reliefs(List<PairedDose> pairs) {
        return pairs.stream().mapToDouble(PairedDose::relief).toArray();
    }

    /** A fixed seed per group, so the same journal gives the same intervals every time. */
    static long seed(String key) {
        return 0x6d69747261L ^ ((long) key.hashCode() << 16);
    }

    public static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
