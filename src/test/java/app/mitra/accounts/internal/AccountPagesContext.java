package app.mitra.accounts.internal;

/**
 * The settings of the invite-only server the page tests run against: the classes that name exactly
 * these properties (with {@code @AutoConfigureMockMvc}) share one Spring context.
 */
final class AccountPagesContext {

    static final String DATA_DIR = "mitra.data-dir=target/test-data/account-pages-${random.uuid}";
    static final String PUBLIC_URL = "mitra.public-url=https://mitra.example.org";

    private AccountPagesContext() {
    }
}
