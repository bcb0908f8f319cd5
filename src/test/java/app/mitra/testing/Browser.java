package app.mitra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The web app as a browser without a screen sees it, over real HTTP: keeps its cookies, sends
 * forms with the page's CSRF token, and does not follow redirects so a test sees where they lead.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> headers;

    /** A browser on that port; {@code headers} go with every request (a User-Agent, an X-Forwarded-For). */
    public Browser(int port, Map<String, String> headers) {
        this.base = "http://localhost:" + port;
        this.headers = Map.copyOf(headers);
    }

    public Browser(int port) {
        this(port, Map.of());
    }

    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> more) {
        HttpRequest.Builder request = request(path).GET();
        more.forEach(request::header);
        return send(request);
    }

    /** Opens {@code page} for its CSRF token, then posts the form to {@code action}. */
    public HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
        return post(page, action, fields, null, Map.of());
    }

    /**
     * Posts a form to {@code action} with the CSRF token of {@code page} (or {@code token} when given: a
     * stale one, say) and more headers (htmx's, a Referer).
     */
    public HttpResponse<String> post(String page, String action, Map<String, String> fields, String token,
            Map<String, String> more) {
        String csrf = token;
        if (csrf == null) {
            Matcher found = CSRF.matcher(get(page).body());
            if (!found.find()) {
                throw new IllegalStateException(page + " has no form with a CSRF token");
            }
            csrf = found.group(1);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf);
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(action).header("Content-Type", "application/x-www-form-urlencoded");
        more.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the form; answers where the form sent the browser. */
    public String signIn(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password)).headers()
                .firstValue("Location").orElse("");
    }

    /** Whether a page behind sign-in opens (200) rather than sending the browser to the sign-in page. */
    public boolean signedIn() {
        return get("/settings").statusCode() == 200;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(request::header);
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
