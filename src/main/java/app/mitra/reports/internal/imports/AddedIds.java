package app.mitra.reports.internal.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The ids of records an import stored, in sixteen bytes each, so that an import stopped part-way
 * can remove exactly what it added and nothing that was there before.
 */
final class AddedIds {

    private long[] bits = new long[2 * 1024];
    private int size;

    void addAll(List<UUID> ids) {
        for (UUID id : ids) {
            if (2 * size + 2 > bits.length) {
                bits = Arrays.copyOf(bits, bits.length * 2);
            }
            bits[2 * size] = id.getMostSignificantBits();
            bits[2 * size + 1] = id.getLeastSignificantBits();
            size++;
        }
    }

    /** Hands the ids over in slices of at most {@code n}. */
    void inSlices(int n, Consumer<List<UUID>> slice) {
        for (int from = 0; from < size; from += n) {
            List<UUID> ids = new ArrayList<>(Math.min(n, size - from));
            for (int i = from; i < Math.min(size, from + n); i++) {
                ids.add(new UUID(bits[2 * i], bits[2 * i + 1]));
            }
            slice.accept(ids);
        }
    }
}
