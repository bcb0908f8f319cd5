package app.mitra.accounts.internal;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 401 from {@code POST /api/v1/tokens} when the password is right but the account has a second factor:
 * the code is missing or wrong, or only a passkey can prove it (then the token is made in Settings).
 * {@code methods} tells a client what it may send: {@code otp} and {@code recoveryCode}, or nothing.
 */
public class SecondFactorRequired extends ErrorResponseException {

    private SecondFactorRequired(String detail, List<String> methods) {
        super(HttpStatus.UNAUTHORIZED, problem(detail, methods), null);
        getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Mitra\"");
    }

    private static ProblemDetail problem(String detail, List<String> methods) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setType(URI.create("urn:mitra:problem:second-factor-required"));
        problem.setTitle("Second factor required");
        problem.setProperty("methods", methods);
        return problem;
    }

    public static SecondFactorRequired missing() {
        return new SecondFactorRequired("This account signs in with a code from an authenticator app: send the"
                + " 6-digit code as 'otp', or an unused recovery code as 'recoveryCode', with the password.",
                List.of("otp", "recoveryCode"));
    }

    public static SecondFactorRequired wrong() {
        return new SecondFactorRequired("That code is not right, or was used already: send the code the"
                + " authenticator app shows now, or an unused recovery code.", List.of("otp", "recoveryCode"));
    }

    public static SecondFactorRequired passkeyOnly() {
        return new SecondFactorRequired("This account signs in with a passkey, which a password cannot stand in"
                + " for: sign in on the web and create the token under Settings, API tokens.", List.of());
    }
}
