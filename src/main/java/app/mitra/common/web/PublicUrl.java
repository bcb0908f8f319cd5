package app.mitra.common.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address people reach Mitra at, the base of every absolute link it builds (share links, the
 * OpenAPI document's server): {@code MITRA_PUBLIC_URL}, checked at start-up, or else the server's own
 * configured address and port. Never the request's Host header, which anyone can set: a share link
 * built from it would hand a person's report token to a host of the sender's choosing.
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

    private final URI configured;
    private final String address;
    private volatile int port;

    public PublicUrl(@Value("${mitra.public-url:}") String publicUrl, @Value("${server.address:}") String address,
            @Value("${server.port:8080}") int port) {
        this.configured = publicUrl.isBlank() ? null : parse(publicUrl.trim());
        this.address = address.trim();
        this.port = port;
    }

    /** The base, without a trailing slash: {@code https://mitra.example.org} or {@code http://localhost:8080}. */
    public URI base() {
        if (configured != null) {
            return configured;
        }
        boolean everyInterface = address.isEmpty() || address.equals("0.0.0.0") || address.equals("::")
                || address.equals("[::]");
        String host = everyInterface ? "localhost" : address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
        return URI.create("http://" + host + ":" + port);
    }

    /** An absolute link to a path of this server ({@code /shared/abc}). */
    public URI link(String path) {
        return URI.create(base() + path);
    }

    /** Whether people reach Mitra over https: cookies are then Secure and answers carry HSTS. */
    public boolean https() {
        return configured != null && configured.getScheme().equals("https");
    }

    /** Whether MITRA_PUBLIC_URL names the address; when not, the scheme is whatever each request came with. */
    public boolean configured() {
        return configured != null;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return;
        }
        port = event.getWebServer().getPort();
        if (configured == null) {
            log.warn("MITRA_PUBLIC_URL is not set: share links will point to {}; set it to the address people use",
                    base());
        }
    }

    static URI parse(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new Invalid(value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new Invalid(value);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /** A MITRA_PUBLIC_URL Mitra cannot build links on; start-up stops with this message. */
    public static final class Invalid extends IllegalArgumentException {

        Invalid(String value) {
            super("MITRA_PUBLIC_URL is '" + value + "'; it must be an absolute http or https address without a query,"
                    + " such as https://mitra.example.org");
        }
    }
}
