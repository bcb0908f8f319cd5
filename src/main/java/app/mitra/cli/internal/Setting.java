package app.mitra.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.env.Environment;

import app.mitra.common.storage.Database;

/**
 * Every setting an operator can give, as the README's configuration table lists it (a test keeps
 * the two in step): its environment variable, the property it sets, its default, the values it
 * accepts, and whether it is a secret that is never printed.
 */
record Setting(String variable, String property, String defaultValue, List<String> accepted, Kind kind) {

    enum Kind { PLAIN, URL_WITH_SECRET, SECRET }

    static final List<Setting> ALL = List.of(
            plain("SERVER_PORT", "server.port", "8080"),
            plain("SERVER_ADDRESS", "server.address", ""),
            new Setting("SERVER_FORWARD_HEADERS_STRATEGY", "server.forward-headers-strategy", "",
                    List.of("", "none", "native", "framework"), Kind.PLAIN),
            plain("MITRA_PUBLIC_URL", "mitra.public-url", ""),
            plain("MITRA_DATA_DIR", "mitra.data-dir", "./data"),
            new Setting("MITRA_DB_URL", "mitra.db-url", "", List.of(), Kind.URL_WITH_SECRET),
            plain("MITRA_DB_USER", "mitra.db-user", ""),
            new Setting("MITRA_DB_PASSWORD", "mitra.db-password", "", List.of(), Kind.SECRET),
            new Setting("MITRA_REGISTRATION", "mitra.accounts.registration", "invite", List.of("invite", "open"), Kind.PLAIN),
            new Setting("MITRA_REQUIRE_SECOND_FACTOR", "mitra.accounts.require-second-factor", "false",
                    List.of("false", "true"), Kind.PLAIN),
            plain("MITRA_PUBLIC_URL", "mitra.public-url", ""),
            new Setting("MITRA_MIGRATE", "mitra.migrate", "auto", List.of("auto", "manual"), Kind.PLAIN),
            plain("MITRA_BACKUP_SCHEDULE", "mitra.backup.schedule", ""),
            plain("MITRA_BACKUP_DIR", "mitra.backup.dir", "<MITRA_DATA_DIR>/backups"),
            plain("MITRA_BACKUP_KEEP", "mitra.backup.keep", "7"),
            new Setting("MITRA_METRICS_TOKEN", "mitra.metrics.token", "", List.of(), Kind.SECRET),
            plain("MITRA_TRUSTED_PROXIES", "mitra.security.trusted-proxies", ""),
            plain("MITRA_LOGIN_MAX_FAILURES", "mitra.security.login-max-failures", "10"),
            plain("MITRA_LOGIN_USER_MAX_FAILURES", "mitra.security.login-user-max-failures", "100"),
            plain("MITRA_LOGIN_ADDRESS_MAX_FAILURES", "mitra.security.login-address-max-failures", "50"),
            plain("MITRA_LOGIN_WINDOW", "mitra.security.login-window", "15m"),
            plain("MITRA_LOGIN_BLOCK", "mitra.security.login-block", "1m"),
            plain("MITRA_LOGIN_MAX_BLOCK", "mitra.security.login-max-block", "1h"),
            plain("MITRA_SESSION_IDLE_TIMEOUT", "spring.session.timeout", "14d"),
            plain("MITRA_SESSION_MAX_AGE", "mitra.security.session-max-age", "30d"),
            plain("MITRA_TOKEN_DAYS", "mitra.security.token-days", "365"),
            plain("MITRA_TOKEN_CACHE_SECONDS", "mitra.security.token-cache-seconds", "5"),
            plain("MITRA_SECURITY_EVENTS_DAYS", "mitra.security.events-days", "365"),
            new Setting("LOGGING_STRUCTURED_FORMAT_CONSOLE", "logging.structured.format.console", "",
                    List.of("", "ecs", "logstash", "gelf"), Kind.PLAIN),
            plain("MITRA_LIMIT_IMPORT_BYTES", "mitra.limit.import-bytes", "32MB"),
            plain("MITRA_LIMIT_DATA_SET_BYTES", "mitra.limit.data-set-bytes", "64MB"),
            plain("MITRA_LIMIT_JSON_BYTES", "mitra.limit.json-bytes", "1MB"),
            plain("MITRA_LIMIT_ZIP_BYTES", "mitra.limit.zip-bytes", "200MB"),
            plain("MITRA_LIMIT_ZIP_ENTRIES", "mitra.limit.zip-entries", "64"),
            plain("MITRA_LIMIT_ZIP_RATIO", "mitra.limit.zip-ratio", "100"),
            plain("MITRA_LIMIT_ROWS", "mitra.limit.rows", "500000"),
            plain("MITRA_LIMIT_LINE_CHARS", "mitra.limit.line-chars", "65536"),
            plain("MITRA_LIMIT_JSON_DEPTH", "mitra.limit.json-depth", "64"),
            plain("MITRA_LIMIT_JSON_STRING_CHARS", "mitra.limit.json-string-chars", "1048576"));

    private static Setting plain(String variable, String property, String defaultValue) {
        return new Setting(variable, property, defaultValue, List.of(), Kind.PLAIN);
    }

    String value(Environment environment) {
        return Optional.ofNullable(environment.getProperty(property)).orElse("");
    }

    /** The value as it may be printed: secrets as stars, a password inside a URL as stars. */
    String shown(Environment environment) {
        String value = value(environment);
        if (value.isEmpty()) {
            return "(empty)";
        }
        return switch (kind) {
            case SECRET -> "****";
            case URL_WITH_SECRET -> Database.masked(value);
            case PLAIN -> value;
        };
    }

    Optional<String> problem(Environment environment) {
        String value = value(environment).toLowerCase(Locale.ROOT);
        if (!accepted.isEmpty() && !accepted.contains(value)) {
            return Optional.of(variable + " is '" + value(environment) + "'; it must be one of "
                    + String.join(", ", accepted.stream().filter(word -> !word.isEmpty()).toList())
                    + (accepted.contains("") ? " or empty" : ""));
        }
        return Optional.empty();
    }
}
