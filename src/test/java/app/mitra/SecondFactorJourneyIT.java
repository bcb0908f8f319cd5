package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import app.mitra.accounts.internal.Base32;
import app.mitra.accounts.internal.Totp;
import app.mitra.testing.BrowserJourney;

/**
 * Second factors in Chromium at 390 px: an authenticator app turned on in Settings (the test is the
 * app: it reads the key from the page and computes the codes), then a sign-in with the password and a
 * code; and a passkey made in Chromium's virtual authenticator that then signs in on its own.
 * Every screen is checked with axe-core and left as a screenshot in target/screenshots/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "mitra.data-dir=target/test-data/second-factors-browser-${random.uuid}",
                "mitra.accounts.registration=open" })
class SecondFactorJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "amber-willow-crossing-62";

    /** Each journey starts signed out, with nothing left in the console from the one before. */
    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
        browser.manage().logs().get(LogType.BROWSER);
        phone.consoleProblems().clear();
    }

    private void openSecondFactors() {
        phone.tap(browser.findElement(By.linkText("Settings")));
        phone.waitForText("h1", "Settings");
        phone.tap(browser.findElement(By.cssSelector("#settings-second-factors a")));
        phone.waitForText("h1", "Second factors");
    }

    private void signOut() {
        phone.tap(browser.findElement(By.cssSelector(".signout button")));
        phone.waitForText(".flash", "You are signed out.");
    }

    private static String code(String secret, int steps) {
        return Totp.code(Base32.decode(secret), Totp.step(Instant.now()) + steps);
    }

    @Test
    void turnOnTheAuthenticatorAppThenSignInWithThePasswordAndACode() throws IOException {
        signUp("noor", PASSWORD);
        openSecondFactors();
        phone.see("second-factors-01-settings");
        phone.assertAccessible("second-factors-01-settings");

        phone.tap(browser.findElement(By.cssSelector("#totp-start button")));
        phone.waitForVisible("#totp-secret");
        String secret = text("#totp-secret").replace(" ", "");
        assertThat(browser.findElement(By.cssSelector("img.qr")).getAttribute("src")).startsWith("data:image/svg+xml");
        phone.see("second-factors-02-scan-or-type");
        phone.assertAccessible("second-factors-02-scan-or-type");

        browser.findElement(By.id("totp-code")).sendKeys(code(secret, 0));
        phone.tap(browser.findElement(By.cssSelector("#totp-confirm button")));
        phone.waitForVisible("#recovery-codes");
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        phone.see("second-factors-03-recovery-codes");
        phone.assertAccessible("second-factors-03-recovery-codes");
        phone.tap(browser.findElement(By.cssSelector("#codes-saved input[type=checkbox]")));
        phone.tap(browser.findElement(By.cssSelector("#codes-saved button")));
        phone.waitForText(".flash", "Your authenticator app is on.");
        assertThat(text("#totp")).contains("10 recovery codes left.");
        phone.see("second-factors-04-on");
        phone.assertAccessible("second-factors-04-on");

        signOut();
        browser.findElement(By.id("username")).sendKeys("noor");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        phone.tap(browser.findElement(By.cssSelector("button.primary")));
        phone.waitForText("h1", "One more step");
        assertThat(browser.findElements(By.cssSelector("nav.tabs"))).as("nothing else to reach yet").isEmpty();
        phone.see("second-factors-05-second-step");
        phone.assertAccessible("second-factors-05-second-step");
        browser.get(url("/history"));
        phone.waitForText("h1", "One more step");

        // The code that turned the app on cannot sign in again; the next one can.
        browser.findElement(By.id("code")).sendKeys(code(secret, 1));
        phone.tap(browser.findElement(By.cssSelector("#second-factor-code button")));
        phone.waitForText("h1", "Today");
        assertThat(phone.consoleProblems()).isEmpty();
    }

    @Test
    void addAPasskeyInSettingsThenSignInWithItAlone() throws IOException {
        VirtualAuthenticator authenticator = browser.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2).setHasResidentKey(true)
                .setHasUserVerification(true).setIsUserVerified(true));
        try {
            signUp("sami", PASSWORD);
            openSecondFactors();
            phone.waitForVisible("#passkey-add");
            browser.findElement(By.id("passkey-name")).clear();
            browser.findElement(By.id("passkey-name")).sendKeys("Sami's phone");
            phone.tap(browser.findElement(By.cssSelector("#passkey-add button")));
            phone.waitForText(".flash", "Passkey added.");
            assertThat(text("#passkeys")).contains("Sami's phone").contains("not used yet");
            assertThat(authenticator.getCredentials()).hasSize(1);
            phone.see("second-factors-06-passkey-added");
            phone.assertAccessible("second-factors-06-passkey-added");

            signOut();
            phone.waitForVisible("#passkey-sign-in");
            assertThat(browser.findElement(By.id("username")).getAttribute("autocomplete")).isEqualTo("username webauthn");
            phone.see("second-factors-07-login-with-passkey");
            phone.assertAccessible("second-factors-07-login-with-passkey");
            phone.tap(browser.findElement(By.cssSelector("#passkey-sign-in button")));
            phone.waitForText("h1", "Today");

            openSecondFactors();
            assertThat(text("#passkeys")).contains("Sami's phone").contains("last used");
            phone.see("second-factors-08-passkey-used");
            phone.assertAccessible("second-factors-08-passkey-used");
            assertThat(phone.consoleProblems()).isEmpty();
        } finally {
            browser.removeVirtualAuthenticator(authenticator);
        }
    }
}
