package app.mitra.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The factor a web session earns by proving a second factor after the password: a code from the
 * authenticator app or a recovery code on the second sign-in step, or setting up a second factor while
 * signed in (the code just typed, or the passkey just made, proves it as well).
 */
public final class SecondStep {

    /** A {@link FactorGrantedAuthority} of Mitra's own, beside Spring Security's FACTOR_PASSWORD and FACTOR_WEBAUTHN. */
    public static final String AUTHORITY = "FACTOR_SECOND_STEP";

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SecondStep() {
    }

    public static boolean proven(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals(AUTHORITY)
                        || authority.equals(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
    }

    /**
     * Adds the factor to the session's sign-in under a new session id (a second factor raises what the session
     * may do, as signing in does, so an id seen before is worth nothing).
     */
    public static void prove(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || proven(current)) {
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(AUTHORITY));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null,
                authorities));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        CONTEXTS.saveContext(context, request, response);
    }
}
