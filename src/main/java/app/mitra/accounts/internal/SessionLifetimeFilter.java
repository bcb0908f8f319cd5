package app.mitra.accounts.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import app.mitra.accounts.Client;
import app.mitra.accounts.Sessions;

/**
 * A browser session ends {@code MITRA_SESSION_MAX_AGE} after it began, however active it is (the
 * idle timeout alone would let a used session live for ever); a live one keeps the address it was
 * last used from, for the sessions list.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration maxAge;
    private final Clock clock;

    SessionLifetimeFilter(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (clock.millis() - session.getCreationTime() > maxAge.toMillis()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (SecurityContextHolder.getContext().getAuthentication() != null) {
                Sessions.stamp(session, Client.current());
            }
        }
        chain.doFilter(request, response);
    }
}
