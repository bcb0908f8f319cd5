package app.mitra.accounts;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;

/**
 * The sign-in a request is made with: its API token, or its browser session. A new password or a
 * new second factor ends every other sign-in of the person and keeps this one.
 */
public record CurrentSignIn(UUID tokenId, String sessionId) {

    /** Nothing to keep: the command line, or a change that ends every sign-in. */
    public static final CurrentSignIn NONE = new CurrentSignIn(null, null);

    public static CurrentSignIn of(Authentication authentication, HttpServletRequest request) {
        UUID token = authentication != null && authentication.getDetails() instanceof ApiToken apiToken
                ? apiToken.id() : null;
        HttpSession session = token == null ? request.getSession(false) : null;
        return new CurrentSignIn(token, session == null ? null : session.getId());
    }
}
