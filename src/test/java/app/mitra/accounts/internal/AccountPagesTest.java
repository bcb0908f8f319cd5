package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.mitra.accounts.Account;
import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Registration;
import app.mitra.accounts.Tokens;

/** Sign-up, login and settings pages, on a server where sign-up needs an invite. */
class AccountPagesTest extends AccountPagesContext {

    @Autowired
    Tokens tokens;

    @Test
    void theLoginPageIsAPhoneFriendlyFormWithStrictHeaders() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"viewport\"")))
                .andExpect(content().string(containsString("<form")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(content().string(not(containsString("onclick"))));
    }

    @Test
    void signingUpWithAnInviteSignsThePersonInAndLeadsToToday() throws Exception {
        String code = accounts.createInvite(admin()).code();
        mvc.perform(get("/signup")).andExpect(content().string(containsString("needs an invite code")));
        var signedUp = mvc.perform(post("/signup").with(csrf()).param("username", "newcomer")
                        .param("password", "soft-evening-river-3").param("timeZone", "America/Chicago")
                        .param("inviteCode", code))
                .andExpect(redirectedUrl("/today")).andReturn();
        // Sessions live in the database (Spring Session), so the session travels by its cookie.
        // (MockMvc runs without the servlet container's cookie settings, so the cookie has its default name.)
        var session = signedUp.getResponse().getCookies();
        assertThat(session).hasSize(1);
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Welcome. Your account is ready.")));
    }

    @Test
    void signingUpWithoutAnInviteSaysWhatIsMissingAndNeverEchoesThePassword() throws Exception {
        admin();
        mvc.perform(post("/signup").with(csrf()).param("username", "hopeful").param("password", "bright-autumn-field-5")
                        .param("timeZone", "UTC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"inviteCode-error\"")))
                .andExpect(content().string(containsString("value=\"hopeful\"")))
                .andExpect(content().string(not(containsString("bright-autumn-field-5"))));
    }

    @Test
    void aNewApiTokenIsShownOnceAndCanBeRevoked() throws Exception {
        AccountUser admin = admin();
        String name = "phone-" + UUID.randomUUID();
        String page = mvc.perform(post("/settings/tokens").with(user(admin)).with(csrf()).param("name", name))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select(".secret code").text()).isNotBlank();
        assertThat(mvc.perform(get("/settings/security").with(user(admin))).andReturn().getResponse().getContentAsString())
                .doesNotContain("class=\"secret\"").contains(name);
        UUID tokenId = tokens.list(admin.id()).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
        mvc.perform(post("/settings/tokens/" + tokenId + "/revoke").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/settings/security"));
        assertThat(tokens.list(admin.id())).noneMatch(t -> t.id().equals(tokenId));
    }

    @Test
    void aWrongCurrentPasswordIsShownBesideItsField() throws Exception {
        mvc.perform(post("/settings/password").with(user(admin())).with(csrf()).param("currentPassword", "not-it-at-all")
                        .param("newPassword", "another-long-phrase-1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"currentPassword-error\"")));
    }

    @Test
    void onlyAdminsSeeInvites() throws Exception {
        AccountUser admin = admin();
        mvc.perform(get("/settings").with(user(admin))).andExpect(content().string(containsString("Create an invite")));
        Account person = accounts.register(new Registration("p" + UUID.randomUUID().toString().substring(0, 8),
                "steady-silver-creek-4", "UTC", accounts.createInvite(admin).code()));
        AccountUser personUser = new AccountUser(person.id(), person.username(), person.roles(), null);
        mvc.perform(get("/settings").with(user(personUser)))
                .andExpect(content().string(not(containsString("Create an invite"))));
        mvc.perform(post("/settings/invites").with(user(personUser)).with(csrf())).andExpect(status().isNotFound());
    }

    /**
     * A browser still signed in as an account deleted meanwhile (in another tab): its form's write is refused,
     * and the browser is sent to sign in with the reason, not shown an error page. An admin's invite the
     * person used forgets their name.
     */
    @Test
    void aFormFromABrowserWhoseAccountWasDeletedMeanwhileLeadsToSignInSayingSo() throws Exception {
        AccountUser admin = admin();
        String name = "p" + UUID.randomUUID().toString().substring(0, 8);
        Account person = accounts.register(new Registration(name, "steady-silver-creek-4", "UTC",
                accounts.createInvite(admin).code()));
        AccountUser stale = new AccountUser(person.id(), person.username(), person.roles(), null);

        accounts.deleteAccount(person.id(), "steady-silver-creek-4");

        mvc.perform(post("/products").with(user(stale)).with(csrf()).param("name", "Red Bali").param("form", "POWDER"))
                .andExpect(redirectedUrl("/login?gone"));
        mvc.perform(get("/login").param("gone", "")).andExpect(content().string(containsString(
                "This account no longer exists; nothing was stored.")));
        assertThat(accounts.invites(admin)).noneMatch(invite -> name.equals(invite.usedBy()));
        mvc.perform(get("/settings").with(user(admin)))
                .andExpect(content().string(containsString("used by an account since deleted")));
    }
}
