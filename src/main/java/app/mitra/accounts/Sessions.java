package app.mitra.accounts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

import app.mitra.accounts.internal.Secrets;
import app.mitra.accounts.internal.UserRepository;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.NotFoundException;

/**
 * A person's signed-in browser sessions (stored in the database, so every node sees the same list
 * and an ended session ends everywhere at once): listed with the address and device they were
 * started from, ended one by one, all but the current one, or all.
 */
@Service
public class Sessions {

    private static final String ADDRESS = "mitra.address";
    private static final String DEVICE = "mitra.device";

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final UserRepository users;
    private final SecurityEvents events;
    private final Writes writes;

    /** The session store is there when the web server runs; the command line has none and ends sessions by SQL. */
    Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, UserRepository users,
            SecurityEvents events, Writes writes) {
        this.sessions = sessions;
        this.users = users;
        this.events = events;
        this.writes = writes;
    }

    /** Marks a session with the client that signed in or last used it; written only when it changed. */
    public static void stamp(HttpSession session, Client client) {
        if (!Objects.equals(session.getAttribute(ADDRESS), client.address())) {
            session.setAttribute(ADDRESS, client.address());
        }
        if (session.getAttribute(DEVICE) == null && client.device() != null) {
            session.setAttribute(DEVICE, client.device());
        }
    }

    /** Newest first; {@code currentSessionId} (may be null) is marked as the current one. */
    public List<SessionSummary> list(String username, String currentSessionId) {
        return byPrincipal(username).values().stream()
                .map(session -> new SessionSummary(publicId(session.getId()), session.getId().equals(currentSessionId),
                        session.getCreationTime(), session.getLastAccessedTime(), session.getAttribute(ADDRESS),
                        session.getAttribute(DEVICE)))
                .sorted(Comparator.comparing(SessionSummary::lastSeenAt).reversed())
                .toList();
    }

    /** Ends one session of the person by its listed id; another person's id is simply not found. */
    public void end(UUID userId, String username, String publicId) {
        String id = byPrincipal(username).keySet().stream().filter(sessionId -> publicId(sessionId).equals(publicId))
                .findFirst().orElseThrow(() -> new NotFoundException("session"));
        writes.run(() -> {
            if (users.endSession(username, id)) {
                events.record(userId, SecurityEventType.SESSION_REVOKED);
            }
        });
    }

    /** "Sign out everywhere else": every session but the current one (null: all). Answers how many ended. */
    public int endOthers(UUID userId, String username, String currentSessionId) {
        return writes.write(() -> {
            int ended = endAllExcept(username, currentSessionId);
            if (ended > 0) {
                events.record(userId, SecurityEventType.SESSION_REVOKED);
            }
            return ended;
        });
    }

    /**
     * Ends every session of the person but {@code keep} (null: all), for a new password or second
     * factor; inside the caller's write, so it commits with the change.
     */
    public int endAllExcept(String username, String keep) {
        return writes.write(() -> users.endSessionsExcept(username, keep));
    }

    private Map<String, ? extends Session> byPrincipal(String username) {
        FindByIndexNameSessionRepository<? extends Session> store = sessions.getIfAvailable();
        return store == null ? Map.of() : store.findByPrincipalName(username);
    }

    /** What the list shows instead of the session id, which is the cookie's secret. */
    static String publicId(String sessionId) {
        return Secrets.hash("session:" + sessionId).substring(0, 24);
    }
}
