package app.mitra.accounts.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Client;
import app.mitra.accounts.SecondFactors;
import app.mitra.accounts.SecurityEventType;
import app.mitra.accounts.SecurityEvents;
import app.mitra.accounts.Sessions;
import app.mitra.common.web.TooManyAttemptsException;

/**
 * What the sign-in form does after Spring Security checked the password: a success marks the
 * session with its client, logs the sign-in and clears the address's failure count; a failure goes
 * back to the form, saying how long to wait when a block runs.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final SecurityEvents events;
    private final LoginThrottle throttle;
    private final SecondFactors secondFactors;

    SignInHandlers(SecurityEvents events, LoginThrottle throttle, SecondFactors secondFactors) {
        this.events = events;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        AccountUser user = (AccountUser) authentication.getPrincipal();
        Optional<String> back = ReturnTo.safe(request.getParameter(ReturnTo.PARAMETER));
        if (secondFactors.any(user.id())) {
            // second factors: the sign-in is complete (logged, the count cleared) only after the second step
            response.sendRedirect(request.getContextPath() + "/login/second-factor" + query("?", back));
            return;
        }
        signedIn(user, request);
        response.sendRedirect(request.getContextPath() + back.orElse(ReturnTo.HOME));
    }

    /** For every way of signing in to the web app: the session learns its client, the log the sign-in. */
    void signedIn(AccountUser user, HttpServletRequest request) {
        Client client = Client.current();
        Sessions.stamp(request.getSession(), client);
        throttle.succeeded(user.getUsername(), client);
        events.record(user.id(), SecurityEventType.SIGN_IN, client);
    }

    /** Back to the form; when this failure started a block, it says so at once rather than at the next try. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        TooManyAttemptsException wait = exception instanceof ThrottledPasswords.LockedOut lockedOut
                ? lockedOut.refusal() : blockNow(request.getParameter("username"));
        String reason = wait != null ? "locked=" + wait.retryAfterMinutes() : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason
                + query("&", ReturnTo.safe(request.getParameter(ReturnTo.PARAMETER))));
    }

    /** The page to go back to, carried on through the sign-in pages as a query parameter. */
    static String query(String separator, Optional<String> back) {
        return back.map(page -> separator + ReturnTo.PARAMETER + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8))
                .orElse("");
    }

    private TooManyAttemptsException blockNow(String username) {
        try {
            throttle.check(username == null ? "" : username.trim().toLowerCase(Locale.ROOT), Client.current());
            return null;
        } catch (TooManyAttemptsException wait) {
            return wait;
        }
    }
}
