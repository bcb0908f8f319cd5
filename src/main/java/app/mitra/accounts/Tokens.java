package app.mitra.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import app.mitra.accounts.internal.Secrets;
import app.mitra.accounts.internal.SecurityProperties;
import app.mitra.accounts.internal.TokenRepository;
import app.mitra.accounts.internal.TokenRepository.TokenOwner;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.FieldProblem;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.NotFoundException;

/**
 * API tokens: made (the secret shown once, only its hash kept), listed, revoked, and checked on
 * every API request. A node keeps a token it checked for at most {@code MITRA_TOKEN_CACHE_SECONDS}
 * before asking the database again: a revocation takes effect at once on the node that made it and
 * within that time on every other node.
 */
@Service
public class Tokens {

    public static final int MAX_DAYS = 3650;
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(10);
    private static final int CACHE_LIMIT = 10_000;

    private record Cached(TokenOwner owner, long checkedAt) {
    }

    private final TokenRepository tokens;
    private final SecurityEvents events;
    private final Writes writes;
    private final Clock clock;
    private final int defaultDays;
    private final long cacheMillis;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    Tokens(TokenRepository tokens, SecurityEvents events, Writes writes, Clock clock, SecurityProperties properties) {
        this.tokens = tokens;
        this.events = events;
        this.writes = writes;
        this.clock = clock;
        this.defaultDays = properties.tokenDays();
        this.cacheMillis = Duration.ofSeconds(properties.tokenCacheSeconds()).toMillis();
    }

    /** A new token; it lasts {@code expiresInDays}, or the server's default ({@code MITRA_TOKEN_DAYS}) when null. */
    public IssuedToken issue(UUID userId, String name, Integer expiresInDays) {
        List<FieldProblem> problems = new ArrayList<>();
        String label = name == null ? "" : name.trim();
        if (label.isEmpty() || label.length() > 100) {
            problems.add(new FieldProblem("name", "must be 1 to 100 characters"));
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
            problems.add(new FieldProblem("expiresInDays", "must be between 1 and " + MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String secret = Secrets.newToken();
        UUID id = Ids.newId();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(expiresInDays == null ? defaultDays : expiresInDays));
        writes.run(() -> {
            tokens.insert(userId, id, label, Secrets.hash(secret), now.toEpochMilli(), expiresAt.toEpochMilli());
            events.record(userId, SecurityEventType.TOKEN_CREATED);
        });
        return new IssuedToken(id, label, secret, expiresAt);
    }

    public List<TokenSummary> list(UUID userId) {
        return tokens.list(userId);
    }

    public void revoke(UUID userId, UUID tokenId) {
        boolean revoked = writes.write(() -> {
            boolean deleted = tokens.delete(userId, tokenId);
            if (deleted) {
                events.record(userId, SecurityEventType.TOKEN_REVOKED);
            }
            return deleted;
        });
        forget(owner -> owner.tokenId().equals(tokenId));
        if (!revoked) {
            throw new NotFoundException("token");
        }
    }

    /**
     * Ends every token of the person but the one given (null: every token), for a new password or a
     * new second factor. Call inside the write that makes that change.
     */
    public void endAllExcept(UUID userId, UUID keep) {
        tokens.deleteAllExcept(userId, keep);
        forget(owner -> owner.user().id().equals(userId) && !owner.tokenId().equals(keep));
    }

    /** The owner and id of a valid API token; records its use (time and address) at most every few minutes. */
    public Optional<TokenOwner> authenticate(String secret, Client client) {
        long now = clock.millis();
        String hash = Secrets.hash(secret);
        Cached cached = cache.get(hash);
        TokenOwner owner;
        if (cached != null && now - cached.checkedAt() < cacheMillis && cached.owner().validAt(now)) {
            owner = cached.owner();
        } else {
            Optional<TokenOwner> found = tokens.findValid(hash, now);
            if (found.isEmpty()) {
                cache.remove(hash);
                return Optional.empty();
            }
            owner = found.get();
            remember(hash, new Cached(owner, now));
        }
        if (owner.lastUsedAt() == null || now - owner.lastUsedAt() > TOUCH_INTERVAL.toMillis()) {
            TokenOwner touched = owner.usedAt(now);
            writes.run(() -> tokens.touch(touched.tokenId(), now, client.address()));
            cache.computeIfPresent(hash, (key, entry) -> new Cached(touched, entry.checkedAt()));
        }
        return Optional.of(owner);
    }

    private void remember(String hash, Cached entry) {
        if (cacheMillis <= 0) {
            return;
        }
        if (cache.size() >= CACHE_LIMIT) {
            // Bounded, simply: a node that saw ten thousand tokens in a few seconds starts over.
            cache.clear();
        }
        cache.put(hash, entry);
    }

    private void forget(Predicate<TokenOwner> which) {
        cache.values().removeIf(entry -> which.test(entry.owner()));
    }
}
