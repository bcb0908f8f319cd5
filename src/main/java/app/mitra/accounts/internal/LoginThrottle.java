package app.mitra.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Client;
import app.mitra.accounts.SecurityEventType;
import app.mitra.accounts.SecurityEvents;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.TooManyAttemptsException;

/**
 * Slows down guessing of passwords and codes. Failures are counted per username and address
 * together (the tight limit: after {@code loginMaxFailures} in the window that address waits, each
 * block after a further failure twice as long), per username alone (looser, so one attacker cannot
 * lock a person out from everywhere, and never blocking an address the person signed in from
 * lately) and per address alone (so one address cannot try many names). A success clears the
 * username-and-address count. The state is in the database, so every node shares it.
 *
 * <p>Every attempt does the same work whether or not the username exists: the count is written
 * either way, so the time an answer takes does not tell whether an account exists.
 */
@Component
public class LoginThrottle {

    private static final Duration KNOWN_ADDRESS = Duration.ofDays(30);
    private static final Duration QUIET = Duration.ofDays(1);

    private final ThrottleRepository throttle;
    private final UserRepository users;
    private final SecurityEvents events;
    private final Writes writes;
    private final Clock clock;
    private final SecurityProperties settings;
    private final AtomicLong lastPrune = new AtomicLong();

    LoginThrottle(ThrottleRepository throttle, UserRepository users, SecurityEvents events, Writes writes, Clock clock,
            SecurityProperties settings) {
        this.throttle = throttle;
        this.users = users;
        this.events = events;
        this.writes = writes;
        this.clock = clock;
        this.settings = settings;
    }

    /** The three counts an attempt adds to; a username only ever as its hash (no name is kept). */
    private record Keys(String usernameHash, String pair, String user, String address) {
        static Keys of(String username, Client client) {
            String name = Secrets.hash("username:" + username);
            return new Keys(name, "pair:" + name + "|" + client.addressKey(), "user:" + name,
                    "address:" + client.addressKey());
        }
    }

    /** Refuses the attempt before any secret is checked while a block runs: whatever the secret, 429. */
    public void check(String username, Client client) {
        long now = clock.millis();
        Keys keys = Keys.of(username, client);
        Long until = throttle.blockedUntil(List.of(keys.pair(), keys.address()), now);
        if (until == null) {
            Long userUntil = throttle.blockedUntil(keys.user(), now);
            if (userUntil != null && !knownAddress(username, client)) {
                until = userUntil;
            }
        }
        if (until != null) {
            throw new TooManyAttemptsException(Duration.ofMillis(until - now));
        }
    }

    /**
     * Counts a failed attempt on all three keys and starts a block where one is due; the account's
     * log (if the username has one) records the failure and any lockout, in the same write.
     */
    public void failed(String username, Client client) {
        long now = clock.millis();
        Keys keys = Keys.of(username, client);
        Optional<AccountUser> account = users.findLogin(username);
        writes.run(() -> {
            pruneNowAndThen(now);
            boolean pairBlocked = count(keys.pair(), keys.usernameHash(), settings.loginMaxFailures(), now);
            boolean userBlocked = count(keys.user(), keys.usernameHash(), settings.loginUserMaxFailures(), now);
            count(keys.address(), null, settings.loginAddressMaxFailures(), now);
            boolean lockedOut = pairBlocked || userBlocked;
            account.ifPresent(user -> {
                events.record(user.id(), SecurityEventType.SIGN_IN_FAILED, client);
                if (lockedOut) {
                    events.record(user.id(), SecurityEventType.LOCKED_OUT, client);
                }
            });
        });
        if (account.isEmpty()) {
            SecurityEvents.logUnknownAccount(SecurityEventType.SIGN_IN_FAILED, client);
        }
    }

    /** A right secret: this address starts again from nothing for this username. */
    public void succeeded(String username, Client client) {
        writes.run(() -> throttle.clear(Keys.of(username, client).pair()));
    }

    /** For the reset-password command and account deletion: no count or block left for this username. */
    public void clear(String username) {
        writes.run(() -> throttle.clearUsername(Keys.of(username, Client.COMMAND_LINE).usernameHash()));
    }

    /** Whether this failure starts a block on the key: the limit reached, or any failure soon after a block. */
    private boolean count(String key, String usernameHash, int limit, long now) {
        long window = settings.loginWindow().toMillis();
        ThrottleRepository.Row row = throttle.countFailure(key, usernameHash, now, now - window);
        boolean recentlyBlocked = row.blockedUntil() != null && now - row.blockedUntil() <= window;
        int blocks = recentlyBlocked ? row.blocks() : 0;
        if (row.failures() < limit && blocks == 0) {
            return false;
        }
        long length = Math.min(settings.loginMaxBlock().toMillis(),
                settings.loginBlock().toMillis() << Math.min(blocks, 20));
        throttle.block(key, now + length, blocks + 1);
        return true;
    }

    private boolean knownAddress(String username, Client client) {
        return client.address() != null && users.findLogin(username)
                .map(user -> events.knownAddress(user.id(), client.address(), KNOWN_ADDRESS)).orElse(false);
    }

    /** Rows quiet for a day are history; looked at most once an hour per node. */
    private void pruneNowAndThen(long now) {
        long last = lastPrune.get();
        if (now - last > Duration.ofHours(1).toMillis() && lastPrune.compareAndSet(last, now)) {
            throttle.prune(now - QUIET.toMillis(), now);
        }
    }
}
