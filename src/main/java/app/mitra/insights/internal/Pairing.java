package app.mitra.insights.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.mitra.journal.CheckInFigures;
import app.mitra.journal.DoseFigures;

/**
 * Pairs each dose with the latest momentary pain rating in the 90 minutes before it and the ratings
 * 45 to 240 minutes after it; relief is the rating before minus the lowest one after, and the time to
 * reach that lowest rating (the first time it was reached) is kept. A weekly PEG check-in rates the
 * past week, not the moment, so it is never paired.
 */
public record Pairing(List<PairedDose> paired, int unpaired) {

    public static final long BEFORE_MS = 90 * 60_000L;
    public static final long AFTER_FROM_MS = 45 * 60_000L;
    public static final long AFTER_TO_MS = 240 * 60_000L;

    public record PairedDose(DoseFigures dose, int before, int lowestAfter, long minutesToLowest) {

        public int relief() {
            return before - lowestAfter;
        }
    }

    public Pairing {
        paired = List.copyOf(paired);
    }

    /** Both lists oldest first; check-ins should reach 90 minutes before the first dose and 240 after the last. */
    public static Pairing of(List<CheckInFigures> checkIns, List<DoseFigures> doses) {
        long[] times = new long[checkIns.size()];
        int[] pain = new int[checkIns.size()];
        int m = 0;
        for (CheckInFigures c : checkIns) {
            if (c.momentary()) {
                times[m] = c.takenAt();
                pain[m++] = c.pain();
            }
        }
        times = Arrays.copyOf(times, m);
        List<PairedDose> paired = new ArrayList<>();
        int unpaired = 0;
        for (DoseFigures dose : doses) {
            long at = dose.takenAt();
            int before = firstAfter(times, at) - 1;
            int after = firstAtOrAfter(times, at + AFTER_FROM_MS);
            if (before < 0 || times[before] < at - BEFORE_MS || after >= m || times[after] > at + AFTER_TO_MS) {
                unpaired++;
                continue;
            }
            int lowest = after;
            for (int i = after + 1; i < m && times[i] <= at + AFTER_TO_MS; i++) {
                if (pain[i] < pain[lowest]) {
                    lowest = i;
                }
            }
            paired.add(new PairedDose(dose, pain[before], pain[lowest], (times[lowest] - at) / 60_000));
        }
        return new Pairing(paired, unpaired);
    }

    /** The index of the first time strictly after {@code at}. */
    private static int firstAfter(long[] times, long at) {
        return firstAtOrAfter(times, at + 1);
    }

    private static int firstAtOrAfter(long[] times, long at) {
        int low = 0;
        int high = times.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] < at) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
