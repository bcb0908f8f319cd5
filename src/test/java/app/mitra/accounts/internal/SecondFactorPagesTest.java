package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.mitra.accounts.Account;
import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.accounts.CurrentSignIn;
import app.mitra.accounts.Passkey;
import app.mitra.accounts.Registration;
import app.mitra.accounts.SecondFactors;
import app.mitra.testing.Api;
import app.mitra.testing.MovableClock;
import app.mitra.testing.StoredPasskey;

/**
 * The web sign-in with a second factor, through Spring Security as a browser meets it, on a server that
 * requires one of every account (MITRA_REQUIRE_SECOND_FACTOR) and with a clock the test moves, so codes
 * of any time step can be typed.
 */
@SpringBootTest(properties = { "mitra.data-dir=target/test-data/second-factor-pages-${random.uuid}",
        "mitra.accounts.registration=open", "mitra.accounts.require-second-factor=true" })
@AutoConfigureMockMvc
@Import(MovableClock.InTheApplication.class)
class SecondFactorPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    /** One browser: keeps the session cookie, and the new one each time the session id changes. */
    private final class Browser {

        private final Map<String, Cookie> cookies = new LinkedHashMap<>();

        MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.cookie(cookies.values().toArray(Cookie[]::new));
            }
            MvcResult result = mvc.perform(request).andReturn();
            Arrays.stream(result.getResponse().getCookies()).forEach(cookie -> cookies.put(cookie.getName(), cookie));
            return result;
        }

        String redirect(MockHttpServletRequestBuilder request) throws Exception {
            MvcResult result = send(request);
            assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(302);
            return result.getResponse().getRedirectedUrl();
        }

        Document page(String path) throws Exception {
            MvcResult result = send(get(path));
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            return Jsoup.parse(result.getResponse().getContentAsString());
        }

        String signIn(String username) throws Exception {
            return redirect(post("/login").with(csrf()).param("username", username).param("password", Api.PASSWORD));
        }
    }

    private Account person() {
        return accounts.register(new Registration("p" + UUID.randomUUID().toString().substring(0, 12), Api.PASSWORD,
                "UTC", null));
    }

    /** Turns the app on as the person would, and answers its secret. */
    private String withApp(Account account) {
        String secret = secondFactors.beginTotp(account.id()).secret();
        secondFactors.confirmTotp(account.id(), codeAt(secret, 0), CurrentSignIn.NONE);
        return secret;
    }

    /** A session that proved the password and then a code, as the second step leaves it. */
    private static RequestPostProcessor signedInWithBothFactors(Account account) {
        AccountUser user = new AccountUser(account.id(), account.username(), account.roles(), null);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondStep.AUTHORITY));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }

    private String codeAt(String secret, int steps) {
        return Totp.code(Base32.decode(secret), Totp.step(clock.instant()) + steps);
    }

    @Test
    void anAccountWithoutASecondFactorIsSentToAddOneAndThenGoesOn() throws Exception {
        Account account = person();
        Browser browser = new Browser();
        assertThat(browser.signIn(account.username())).isEqualTo("/today");
        assertThat(browser.redirect(get("/today"))).endsWith("/settings/second-factors");
        assertThat(browser.redirect(get("/settings"))).endsWith("/settings/second-factors");

        Document required = browser.page("/settings/second-factors");
        assertThat(required.select("#second-factor-required").text()).contains("asks every account for a second factor");
        assertThat(required.select("nav.tabs")).as("nowhere else to go yet").isEmpty();
        assertThat(required.select("form[action=/logout]")).isNotEmpty();

        browser.redirect(post("/settings/second-factors/totp").with(csrf()));
        Document setup = browser.page("/settings/second-factors");
        String secret = setup.select("#totp-secret").text().replace(" ", "");
        assertThat(setup.select("img.qr").attr("src")).startsWith("data:image/svg+xml;base64,");
        MvcResult confirmed = browser.send(post("/settings/second-factors/totp/confirm").with(csrf())
                .param("code", codeAt(secret, 0)));
        Document codes = Jsoup.parse(confirmed.getResponse().getContentAsString());
        assertThat(codes.select("#recovery-codes li")).hasSize(10);
        assertThat(codes.select("#codes-saved input[type=checkbox][required]")).hasSize(1);

        assertThat(browser.page("/today").select("h1").text()).isNotBlank();
        assertThat(browser.page("/settings/second-factors").select("#recovery-codes")).as("shown once").isEmpty();
    }

    @Test
    void afterThePasswordOnlyTheSecondStepIsReachableUntilAFreshCodeIsTyped() throws Exception {
        Account account = person();
        String secret = withApp(account);
        Browser browser = new Browser();

        assertThat(browser.signIn(account.username())).isEqualTo("/login/second-factor");
        for (String page : List.of("/today", "/settings", "/settings/second-factors", "/settings/security", "/history")) {
            assertThat(browser.redirect(get(page))).as(page).endsWith("/login/second-factor");
        }
        Document step = browser.page("/login/second-factor");
        assertThat(step.select("input#code[autocomplete=one-time-code]")).hasSize(1);
        assertThat(step.select("a[href^=/login/second-factor/recovery]").text()).isEqualTo("Use a recovery code instead");

        Document replayed = Jsoup.parse(browser.send(post("/login/second-factor").with(csrf())
                .param("code", codeAt(secret, 0))).getResponse().getContentAsString());
        assertThat(replayed.select("#code-error").text()).as("the code that turned the app on").contains("did not work");

        clock.advance(Duration.ofSeconds(30));
        assertThat(browser.redirect(post("/login/second-factor").with(csrf()).param("code", codeAt(secret, 0))))
                .isEqualTo("/today");
        assertThat(browser.page("/today").select("nav.tabs")).isNotEmpty();
        assertThat(jdbc.sql("select type from accounts_security_event where user_id = :user order by at")
                .param("user", account.id().toString()).query(String.class).list())
                .as("signed in once, after the code").containsSubsequence("TOTP_ENABLED", "SIGN_IN_FAILED", "SIGN_IN")
                .containsOnlyOnce("SIGN_IN");
    }

    @Test
    void aCodeFromOneStepAgoIsAcceptedButNotFromTwo() throws Exception {
        Account account = person();
        String secret = withApp(account);
        clock.advance(Duration.ofMinutes(3));
        Browser browser = new Browser();
        browser.signIn(account.username());

        Document tooOld = Jsoup.parse(browser.send(post("/login/second-factor").with(csrf())
                .param("code", codeAt(secret, -2))).getResponse().getContentAsString());
        assertThat(tooOld.select("#code-error")).hasSize(1);
        assertThat(browser.redirect(post("/login/second-factor").with(csrf()).param("code", codeAt(secret, -1))))
                .contains("/today");
    }

    @Test
    void aRecoveryCodeSignsInOnceAndFiveWrongCodesSignTheHalfSignedInSessionOut() throws Exception {
        Account account = person();
        String secret = secondFactors.beginTotp(account.id()).secret();
        List<String> codes = secondFactors.confirmTotp(account.id(), codeAt(secret, 0), CurrentSignIn.NONE);

        Browser first = new Browser();
        first.signIn(account.username());
        assertThat(first.page("/login/second-factor/recovery").select("input#recoveryCode")).hasSize(1);
        assertThat(first.redirect(post("/login/second-factor/recovery").with(csrf())
                .param("recoveryCode", codes.get(0)))).contains("/today");

        Browser second = new Browser();
        second.signIn(account.username());
        for (int attempt = 1; attempt < SecondStepController.TRIES_PER_SIGN_IN; attempt++) {
            Document refused = Jsoup.parse(second.send(post("/login/second-factor/recovery").with(csrf())
                    .param("recoveryCode", codes.get(0))).getResponse().getContentAsString());
            assertThat(refused.select("#recoveryCode-error").text()).as("try " + attempt).contains("used already");
        }
        assertThat(second.redirect(post("/login/second-factor/recovery").with(csrf()).param("recoveryCode", "nope")))
                .isEqualTo("/login?secondFactorTries");
        assertThat(second.redirect(get("/today"))).as("signed out, back to the page asked for after signing in").isEqualTo("/login?return=%2Ftoday");
    }

    @Test
    void newRecoveryCodesTurningTheAppOffAndRemovingAPasskeyEachTakeThePassword() throws Exception {
        Account account = person();
        String secret = withApp(account);
        StoredPasskey.insert(jdbc, account.id(), "Phone");
        RequestPostProcessor user = signedInWithBothFactors(account);
        String passkey = secondFactors.passkeys(account.id()).get(0).id();

        Document wrong = Jsoup.parse(mvc.perform(post("/settings/second-factors/recovery-codes").with(user)
                .with(csrf()).param("password", "not my password")).andReturn().getResponse().getContentAsString());
        assertThat(wrong.select("#new-recovery-codes .field-error").text()).isEqualTo("Is not your password");
        Document fresh = Jsoup.parse(mvc.perform(post("/settings/second-factors/recovery-codes").with(user)
                .with(csrf()).param("password", Api.PASSWORD)).andReturn().getResponse().getContentAsString());
        assertThat(fresh.select("#recovery-codes li")).hasSize(10);

        mvc.perform(post("/settings/second-factors/passkeys/" + passkey + "/rename").with(user).with(csrf())
                .param("name", "Old phone"));
        assertThat(secondFactors.passkeys(account.id())).extracting(Passkey::name).containsExactly("Old phone");
        Document kept = Jsoup.parse(mvc.perform(post("/settings/second-factors/passkeys/" + passkey + "/remove")
                .with(user).with(csrf()).param("password", "not my password")).andReturn().getResponse()
                .getContentAsString());
        assertThat(kept.select("#passkeys details[open] .field-error").text()).isEqualTo("Is not your password");
        mvc.perform(post("/settings/second-factors/passkeys/" + passkey + "/remove").with(user).with(csrf())
                .param("password", Api.PASSWORD));
        assertThat(secondFactors.passkeys(account.id())).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        Document stillOn = Jsoup.parse(mvc.perform(post("/settings/second-factors/totp/disable").with(user)
                .with(csrf()).param("password", Api.PASSWORD).param("code", "123 456")).andReturn().getResponse()
                .getContentAsString());
        assertThat(stillOn.select("#totp-off .field-error").text()).contains("not the code the app shows now");
        mvc.perform(post("/settings/second-factors/totp/disable").with(user).with(csrf())
                .param("password", Api.PASSWORD).param("code", codeAt(secret, 0)));
        assertThat(secondFactors.status(account.id()).any()).isFalse();
        assertThat(jdbc.sql("select type from accounts_security_event where user_id = :user")
                .param("user", account.id().toString()).query(String.class).list())
                .contains("PASSKEY_REMOVED", "TOTP_DISABLED");
    }

    @Test
    void thePasswordAloneDoesNotSignInAnAccountWithAPasskey() throws Exception {
        Account account = person();
        StoredPasskey.insert(jdbc, account.id(), "Phone");
        Browser browser = new Browser();

        assertThat(browser.signIn(account.username())).isEqualTo("/login/second-factor");
        Document step = browser.page("/login/second-factor");
        assertThat(step.select("input#code")).isEmpty();
        assertThat(step.select("#second-factor-passkey[data-passkey-sign-in] button").text()).isEqualTo("Use a passkey");
        assertThat(browser.redirect(get("/today"))).endsWith("/login/second-factor");
    }
}
