package app.mitra.accounts.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401, 403 and 429 (a sign-in block) on the API as problem+json, like every other API error. */
@Component
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof ThrottledPasswords.LockedOut lockedOut) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(lockedOut.refusal().retryAfterSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                    "Too many failed sign-ins for this username from this address. Wait "
                            + lockedOut.refusal().retryAfterSeconds() + " seconds, then try again.");
            return;
        }
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in needed",
                "Send a valid API token as 'Authorization: Bearer <token>'"
                        + (request.getRequestURI().endsWith("/tokens") ? ", or your username and password with HTTP Basic." : "."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "This account may not do that.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String slug, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write("{\"type\":\"urn:mitra:problem:" + slug + "\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail.replace("'", "\\u0027") + "\"}");
    }
}
