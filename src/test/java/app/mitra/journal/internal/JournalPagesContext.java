package app.mitra.journal.internal;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import app.mitra.accounts.Account;
import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.accounts.Registration;
import app.mitra.journal.Journal;

/** The server the journal's page tests run against through MockMvc: every subclass shares this one context. */
@SpringBootTest(properties = { "mitra.data-dir=target/test-data/journal-pages-${random.uuid}",
        "mitra.accounts.registration=open" })
@AutoConfigureMockMvc
abstract class JournalPagesContext {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Journal journal;

    /** A new person in Berlin, as MockMvc's {@code user(...)} signs them in. */
    AccountUser person() {
        String name = "p" + UUID.randomUUID().toString().substring(0, 8);
        Account account = accounts.register(new Registration(name, "quiet-harbour-lantern-7", "Europe/Berlin", null));
        return new AccountUser(account.id(), account.username(), account.roles(), null);
    }
}
