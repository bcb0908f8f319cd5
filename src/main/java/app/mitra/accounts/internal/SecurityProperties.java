package app.mitra.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection, sessions and tokens; each a setting with a safe default (README, docs/SECURITY.md).
 *
 * @param trustedProxies {@code MITRA_TRUSTED_PROXIES}: reverse proxies whose X-Forwarded-For is believed
 * @param loginMaxFailures failed attempts for one username from one address within the window before a block
 * @param loginUserMaxFailures failed attempts for one username from anywhere (slower: many addresses)
 * @param loginAddressMaxFailures failed attempts from one address for any usernames (spraying names)
 * @param loginWindow the window those failures are counted in
 * @param loginBlock the first block; each block that follows a failure after it lasts twice as long
 * @param loginMaxBlock the longest block
 * @param sessionMaxAge a browser session ends this long after sign-in, however active
 * @param tokenDays days a new API token lasts unless its creator chooses otherwise
 * @param tokenCacheSeconds how long a node may keep a token it checked before asking the database again
 * @param eventsDays days the security log keeps an event
 */
@ConfigurationProperties(prefix = "mitra.security")
public record SecurityProperties(String trustedProxies, int loginMaxFailures, int loginUserMaxFailures,
        int loginAddressMaxFailures, Duration loginWindow, Duration loginBlock, Duration loginMaxBlock,
        Duration sessionMaxAge, int tokenDays, int tokenCacheSeconds, int eventsDays) {

    public SecurityProperties {
        loginMaxFailures = positive(loginMaxFailures, 10);
        loginUserMaxFailures = positive(loginUserMaxFailures, 100);
        loginAddressMaxFailures = positive(loginAddressMaxFailures, 50);
        loginWindow = positive(loginWindow, Duration.ofMinutes(15));
        loginBlock = positive(loginBlock, Duration.ofMinutes(1));
        loginMaxBlock = positive(loginMaxBlock, Duration.ofHours(1));
        sessionMaxAge = positive(sessionMaxAge, Duration.ofDays(30));
        tokenDays = positive(tokenDays, 365);
        tokenCacheSeconds = Math.max(0, tokenCacheSeconds);
        eventsDays = positive(eventsDays, 365);
    }

    private static int positive(int value, int otherwise) {
        return value > 0 ? value : otherwise;
    }

    private static Duration positive(Duration value, Duration otherwise) {
        return value == null || value.isNegative() || value.isZero() ? otherwise : value;
    }
}
