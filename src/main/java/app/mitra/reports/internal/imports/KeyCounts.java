package app.mitra.reports.internal.imports;

/**
 * How often each record key of a file has been met, in twelve bytes a key however long the key is: a
 * file of half a million rows keeps 12 MB here rather than half a million strings. Keys are told apart
 * by a 64-bit hash; two different keys of one file sharing one (about one chance in 10^8 at the row
 * limit) would only give the second an id of its own, as an identical row gets.
 */
final class KeyCounts {

    private long[] hashes = new long[1 << 10];
    private int[] counts = new int[1 << 10];
    private int size;

    /** Counts one more meeting of {@code key}; 1 the first time. */
    int next(String key) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        long hash = hash(key);
        int slot = slot(hashes, hash);
        if (hashes[slot] == 0) {
            hashes[slot] = hash;
            size++;
        }
        return ++counts[slot];
    }

    private static int slot(long[] table, long hash) {
        int mask = table.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[slot] != 0 && table[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldCounts = counts;
        hashes = new long[oldHashes.length * 2];
        counts = new int[oldCounts.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = slot(hashes, oldHashes[i]);
                hashes[slot] = oldHashes[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /** FNV-1a over the characters, then a final mix; never 0, which marks an empty slot. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
