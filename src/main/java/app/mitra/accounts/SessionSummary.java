package app.mitra.accounts;

import java.time.Instant;

/**
 * A signed-in browser session as its owner sees it: an id that is not the session's secret, whether
 * it is the one looking, when it began and was last seen, and from which address and device.
 */
public record SessionSummary(String id, boolean current, Instant createdAt, Instant lastSeenAt, String address,
        String device) {
}
