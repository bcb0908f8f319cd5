package app.mitra.common;

import java.security.SecureRandom;
import java.util.UUID;

/** UUIDv7 ids: time-ordered, so new rows land at the end of the index. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        long millis = System.currentTimeMillis();
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (millis << 16) | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long low = 0x8000000000000000L | (toLong(random, 2) & 0x3FFFFFFFFFFFFFFFL);
        return new UUID(high, low);
    }

    private static long toLong(byte[] bytes, int offset) {
        long value = 0;
        for (int i = offset; i < offset + 8; i++) {
            value = (value << 8) | (bytes[i] & 0xFFL);
        }
        return value;
    }
}
