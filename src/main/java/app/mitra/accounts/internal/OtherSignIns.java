package app.mitra.accounts.internal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends every web session and API token of a person except the one making the current request, as
 * turning on a second factor does: whoever signed in with the password alone before is signed out.
 * Sessions live in the database, so this takes effect on every node at once.
 */
@Component
public class OtherSignIns {

    private static final String BEARER = "Bearer ";

    private final JdbcClient jdbc;

    OtherSignIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The work of ending them, to run inside the caller's write. The current session and bearer token are
     * read from the request now: the write may run on another thread.
     */
    public Runnable ending(UUID userId, String username) {
        HttpServletRequest request = currentRequest();
        HttpSession session = request == null ? null : request.getSession(false);
        String header = request == null ? null : request.getHeader("Authorization");
        String currentToken = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? Secrets.hash(header.substring(BEARER.length()).trim()) : "";
        String currentSession = session == null ? "" : session.getId();
        return () -> {
            jdbc.sql("""
                    delete from accounts_session_attributes where session_primary_id in
                    (select primary_id from accounts_session where principal_name = :username and session_id <> :current)""")
                    .param("username", username).param("current", currentSession).update();
            jdbc.sql("delete from accounts_session where principal_name = :username and session_id <> :current")
                    .param("username", username).param("current", currentSession).update();
            jdbc.sql("delete from accounts_token where user_id = :user and token_hash <> :current")
                    .param("user", userId.toString()).param("current", currentToken).update();
        };
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
