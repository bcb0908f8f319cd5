package app.mitra.accounts.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where signing in leads back to: the page the person was on when their session was lost, so what
 * they typed there can be saved. Only a path of this server is ever followed (never another site,
 * never a sign-in or account page); anything else leads to Today.
 */
final class ReturnTo {

    static final String HOME = "/today";
    static final String PARAMETER = "return";

    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]{0,500}");
    private static final List<String> NEVER = List.of("/login", "/logout", "/signup", "/error", "/webauthn", "/api/",
            "/actuator", "/shared/");

    private ReturnTo() {
    }

    /** The path to go back to, if it is one of this server's pages to go back to. */
    static Optional<String> safe(String candidate) {
        if (candidate == null || !PATH.matcher(candidate).matches() || candidate.startsWith("//")
                || NEVER.stream().anyMatch(candidate::startsWith)) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    static String orHome(String candidate) {
        return safe(candidate).orElse(HOME);
    }

    /**
     * The path and query of a page address the browser reported (its Referer, or htmx's
     * HX-Current-URL). The host is ignored: only the path is ever followed, on this server.
     */
    static Optional<String> fromPageUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI page = new URI(url.strip());
            String path = page.getRawPath();
            if (path == null || path.isEmpty()) {
                return Optional.empty();
            }
            return safe(page.getRawQuery() == null ? path : path + "?" + page.getRawQuery());
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }
}
