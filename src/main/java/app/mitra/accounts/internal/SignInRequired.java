package app.mitra.accounts.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import app.mitra.accounts.AccountUser;

/**
 * A web request that arrives signed out (the session expired, or was ended elsewhere) or with a
 * stale CSRF token (another tab signed in meanwhile): never an error body in the page. The browser
 * goes to the sign-in page, then back to the page it was on; a form it was sending is kept in the
 * browser meanwhile (static/js/kept-entries.js) and sent again once the person is back. htmx
 * requests are answered with {@code HX-Redirect} so the whole page changes, not a fragment of it.
 */
@Component
class SignInRequired implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** Signed out: to the sign-in page, saying why when something was being sent, and back afterwards. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        boolean sending = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (sending && signInForm(request)) {
            // the sign-in or sign-up form itself, open too long (its token expired): that form again
            go(request, response, request.getContextPath() + request.getServletPath(), HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<String> back = page(request);
        StringBuilder target = new StringBuilder(request.getContextPath()).append("/login");
        String separator = "?";
        if (sending) {
            target.append(separator).append("lost");
            separator = "&";
        }
        if (back.isPresent()) {
            target.append(separator).append(ReturnTo.PARAMETER).append('=')
                    .append(URLEncoder.encode(back.get(), StandardCharsets.UTF_8));
        }
        go(request, response, target.toString(), HttpServletResponse.SC_UNAUTHORIZED);
    }

    /**
     * A stale CSRF token. Signed in: the same page again, with a fresh token, where the kept entry
     * is sent again; signed out: as {@link #commence}.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountUser)) {
            commence(request, response, null);
            return;
        }
        go(request, response, request.getContextPath() + page(request).orElse(ReturnTo.HOME),
                HttpServletResponse.SC_FORBIDDEN);
    }

    private static boolean signInForm(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals("/login") || path.equals("/signup") || path.startsWith("/login/");
    }

    /** The page the person was on: the one asked for, or for a form sent from a page, that page. */
    private static Optional<String> page(HttpServletRequest request) {
        if (request.getHeader("HX-Request") != null) {
            return ReturnTo.fromPageUrl(request.getHeader("HX-Current-URL"));
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            return ReturnTo.safe(request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return ReturnTo.fromPageUrl(request.getHeader("Referer"));
    }

    private static void go(HttpServletRequest request, HttpServletResponse response, String target, int htmxStatus)
            throws IOException {
        if (request.getHeader("HX-Request") != null) {
            response.setStatus(htmxStatus);
            response.setHeader("HX-Redirect", target);
        } else {
            response.sendRedirect(target);
        }
    }
}
