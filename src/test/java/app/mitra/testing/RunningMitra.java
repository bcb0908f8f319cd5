package app.mitra.testing;

import java.nio.file.Path;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application under test, one Spring context per database kind and JVM: the test
 * context cache keys on these initializer classes, so every test class that names the same one
 * shares one running Mitra. Test classes keep apart by signing up their own users.
 */
public final class RunningMitra {

    /**
     * Tests connect from this machine and stand for people elsewhere by sending X-Forwarded-For, as a
     * reverse proxy on the same machine would: each test's made-up addresses keep its sign-in counts apart.
     */
    static final String TRUSTED_PROXIES = "mitra.security.trusted-proxies=127.0.0.1, ::1";

    private RunningMitra() {
    }

    /** SQLite in a data directory under target/, open registration, a Prometheus scrape token. */
    public static final class OnSqlite implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        public static final String METRICS_TOKEN = "scrape-token-for-tests-7d2f";
        private static final Path DATA = TestDatabase.TestDirectories.create("app-sqlite");

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("mitra.data-dir=" + DATA, "mitra.accounts.registration=open",
                    "mitra.metrics.token=" + METRICS_TOKEN, TRUSTED_PROXIES).applyTo(context);
        }
    }

    /** A database of its own on the shared PostgreSQL server, open registration. */
    public static final class OnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final Path DATA = TestDatabase.TestDirectories.create("app-postgres");
        private static final String URL = PostgresServer.createDatabase();

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("mitra.data-dir=" + DATA, "mitra.db-url=" + URL, "mitra.accounts.registration=open",
                    TRUSTED_PROXIES).applyTo(context);
        }
    }

    /** An empty SQLite database with the default sign-up rule (invites), for the first-account tests. */
    public static final class OnFreshSqliteWithInvites
            implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final Path DATA = TestDatabase.TestDirectories.create("app-invites");

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("mitra.data-dir=" + DATA, "mitra.accounts.registration=invite").applyTo(context);
        }
    }
}
