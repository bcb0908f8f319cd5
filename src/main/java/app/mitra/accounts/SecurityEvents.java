package app.mitra.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import app.mitra.accounts.internal.SecurityEventRepository;
import app.mitra.accounts.internal.SecurityProperties;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.Cursor;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;

/**
 * The per-account security log (sign-ins, failures, lockouts, second factors, tokens, sessions,
 * shares, exports), shown to the person in Settings, and one structured server log line for each
 * event with no health data in it. Deleting the account deletes its events; only the server log
 * lines remain.
 */
@Component
public class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("mitra.security");

    private final SecurityEventRepository events;
    private final Writes writes;
    private final Clock clock;
    private final Duration keep;

    public SecurityEvents(SecurityEventRepository events, Writes writes, Clock clock, SecurityProperties properties) {
        this.events = events;
        this.writes = writes;
        this.clock = clock;
        this.keep = Duration.ofDays(properties.eventsDays());
    }

    /** Records an event of the current request's client (the command line outside a request). */
    public void record(UUID userId, SecurityEventType type) {
        record(userId, type, Client.current());
    }

    /**
     * Records an event in its own write, or inside the caller's when called from one (then it
     * commits, or not, with the change it describes). Events older than the retention go.
     */
    public void record(UUID userId, SecurityEventType type, Client client) {
        SecurityEvent event = new SecurityEvent(Ids.newId(), clock.instant(), type, client.address(), client.device());
        writes.run(() -> {
            events.insert(userId, event);
            events.deleteBefore(userId, event.at().minus(keep).toEpochMilli());
        });
        logLine(type, userId, client);
    }

    /** A server log line for an attempt on a username that has no account (nothing is stored). */
    public static void logUnknownAccount(SecurityEventType type, Client client) {
        logLine(type, null, client);
    }

    private static void logLine(SecurityEventType type, UUID userId, Client client) {
        log.atInfo().addKeyValue("event", type.name()).addKeyValue("user", userId == null ? "-" : userId)
                .addKeyValue("address", client.addressKey()).addKeyValue("device", client.device())
                .log("security event={} user={} address={} device=\"{}\"", type, userId == null ? "-" : userId,
                        client.addressKey(), client.device() == null ? "" : client.device());
    }

    public Page<SecurityEvent> list(UUID userId, ListQuery query) {
        return query.page(events.page(userId, query.cursor(), query.limit() + 1),
                event -> new Cursor(event.at().toEpochMilli(), event.id()));
    }

    /** Whether the person signed in from this address within the last days: a device of theirs. */
    public boolean knownAddress(UUID userId, String address, Duration within) {
        return address != null
                && events.signedInFrom(userId, address, clock.instant().minus(within).toEpochMilli());
    }
}
