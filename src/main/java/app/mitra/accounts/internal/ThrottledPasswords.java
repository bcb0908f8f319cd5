package app.mitra.accounts.internal;

import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import app.mitra.accounts.Client;
import app.mitra.common.web.TooManyAttemptsException;

/**
 * Username and password sign-in (the form, and HTTP Basic when creating a token) through the
 * {@link LoginThrottle}: refused with {@link LockedOut} during a block, without checking the
 * password; a wrong password is counted. The caller clears the count once the whole sign-in
 * succeeds (a second factor may still be due), so a known password never resets the count of
 * wrong codes.
 */
class ThrottledPasswords implements AuthenticationProvider {

    /** A sign-in refused during a block; carries how long to wait. */
    static final class LockedOut extends AuthenticationException {

        private final transient TooManyAttemptsException wait;

        LockedOut(TooManyAttemptsException wait) {
            super(wait.getMessage());
            this.wait = wait;
        }

        TooManyAttemptsException refusal() {
            return wait;
        }
    }

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledPasswords(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    static String username(Authentication attempt) {
        return attempt.getName() == null ? "" : attempt.getName().trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = username(attempt);
        Client client = Client.current();
        try {
            throttle.check(username, client);
        } catch (TooManyAttemptsException wait) {
            throw new LockedOut(wait);
        }
        try {
            return passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, client);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
