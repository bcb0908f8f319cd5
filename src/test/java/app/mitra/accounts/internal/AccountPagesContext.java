package app.mitra.accounts.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.accounts.Registration;

/**
 * The invite-only server, reached over https (MITRA_PUBLIC_URL), that the account page tests run
 * against through MockMvc: every subclass shares this one Spring context.
 */
@SpringBootTest(properties = { "mitra.data-dir=target/test-data/account-pages-${random.uuid}",
        "mitra.public-url=https://mitra.example.org" })
@AutoConfigureMockMvc
abstract class AccountPagesContext {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;

    /** The first account, made on first use by whichever test comes first. */
    AccountUser admin() {
        if (!accounts.hasAccounts()) {
            accounts.register(new Registration("admin", "gentle-morning-tide-9", "UTC", null));
        }
        return (AccountUser) users.loadUserByUsername("admin");
    }
}
