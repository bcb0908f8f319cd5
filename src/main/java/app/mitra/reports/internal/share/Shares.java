package app.mitra.reports.internal.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import app.mitra.accounts.SecurityEventType;
import app.mitra.accounts.SecurityEvents;
import app.mitra.common.Checks;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.NotFoundException;
import app.mitra.reports.internal.ReportRequest;
import app.mitra.reports.internal.Section;

/**
 * Share links. The url carries 256 random bits; only their SHA-256 is stored (a fast hash is right for a
 * secret that cannot be guessed). Every opening is logged for the person to see; a revoked or expired
 * link opens nothing.
 */
@Service
public class Shares {

    public static final int MAX_DAYS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ShareRepository shares;
    private final SecurityEvents events;
    private final Writes writes;
    private final Clock clock;

    Shares(ShareRepository shares, SecurityEvents events, Writes writes, Clock clock) {
        this.shares = shares;
        this.events = events;
        this.writes = writes;
        this.clock = clock;
    }

    /** A new share and the secret for its url, known only now. */
    public record Created(Share share, String token) {
    }

    /** What a link opens: the share, or why it opens nothing. */
    public record Opened(Share share, boolean gone) {
    }

    public Created create(UUID userId, Integer expiresInDays, Set<Section> sections, Integer rangeDays) {
        int range = rangeDays == null ? ReportRequest.DEFAULT_DAYS : rangeDays;
        new Checks().require(expiresInDays != null && expiresInDays >= 1 && expiresInDays <= MAX_DAYS,
                        "expiresInDays", "is required, from 1 to " + MAX_DAYS + " days")
                .require(range >= 1 && range <= 366, "rangeDays", "must be between 1 and 366")
                .require(!sections.isEmpty(), "sections", "choose at least one section")
                .orThrow();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = Ids.newId();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(expiresInDays));
        writes.run(() -> {
            shares.insert(userId, id, hash(token), Section.join(sections), range, now.toEpochMilli(),
                    expiresAt.toEpochMilli());
            events.record(userId, SecurityEventType.SHARE_CREATED);
        });
        return new Created(new Share(id, userId, sections, range, now, expiresAt, null, List.of()), token);
    }

    /** The person's shares, newest first, each with its views, newest first. */
    public List<Share> list(UUID userId) {
        Map<UUID, List<ShareView>> views = shares.views(userId).stream()
                .collect(Collectors.groupingBy(ShareView::shareId));
        return shares.list(userId).stream().map(s -> s.withViews(views.getOrDefault(s.id(), List.of()))).toList();
    }

    public void revoke(UUID userId, UUID id) {
        boolean revoked = writes.write(() -> {
            boolean done = shares.revoke(userId, id, clock.millis());
            if (done) {
                events.record(userId, SecurityEventType.SHARE_REVOKED);
            }
            return done;
        });
        if (!revoked) {
            throw new NotFoundException("share");
        }
    }

    /** Opens a link and logs the view; empty for a token that never existed. */
    public Optional<Opened> open(String token, String kind) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Share> found = shares.byToken(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Share share = found.get();
        Instant now = clock.instant();
        if (!share.open(now)) {
            return Optional.of(new Opened(share, true));
        }
        writes.run(() -> {
            shares.logView(share.userId(), share.id(), Ids.newId(), now.toEpochMilli(), kind);
            events.record(share.userId(), SecurityEventType.SHARE_ACCESSED);
        });
        return Optional.of(new Opened(share, false));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
