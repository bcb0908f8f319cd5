package app.mitra.accounts.internal;

import java.net.URI;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where people reach this server, for passkeys (the relying party id and the origin a browser reports)
 * and for the name an authenticator app shows. From {@code MITRA_PUBLIC_URL}; unset, the server's own
 * {@code http://localhost:<port>}, read when first needed so a random port in tests is known by then.
 */
@Component
public class PublicAddress {

    private final URI configured;
    private final Environment environment;

    PublicAddress(@Value("${mitra.public-url:}") String publicUrl, Environment environment) {
        this.configured = publicUrl == null || publicUrl.isBlank() ? null : URI.create(publicUrl.trim());
        this.environment = environment;
    }

    /** The host named in MITRA_PUBLIC_URL, if it is set. */
    public Optional<String> configuredHost() {
        return Optional.ofNullable(configured).map(URI::getHost);
    }

    /** The relying party id: the public host, or {@code localhost} (browsers refuse passkeys on a bare IP address). */
    public String host() {
        return configuredHost().orElse("localhost");
    }

    /** Scheme, host and port, as a browser's WebAuthn client data names the page's origin. */
    public String origin() {
        if (configured != null) {
            return configured.getScheme() + "://" + configured.getHost()
                    + (configured.getPort() < 0 ? "" : ":" + configured.getPort());
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
