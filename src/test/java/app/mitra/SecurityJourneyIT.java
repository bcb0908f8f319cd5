package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.mitra.testing.BrowserJourney;
import app.mitra.testing.MitraOnSqlite;

/**
 * Settings › Security in Chromium at 390 px: where I am signed in, a token made and revoked, the
 * recent activity; then, signed out, too many wrong passwords and the calm wait on the sign-in page.
 * Every screen is checked with axe-core and left as a screenshot in target/screenshots/.
 */
@MitraOnSqlite
class SecurityJourneyIT extends BrowserJourney {

    @Test
    void seeWhereIAmSignedInMakeAndRevokeATokenReadMyActivityThenGetPausedAfterWrongPasswords() throws IOException {
        String username = "mara-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "rain-on-the-roof-2207";
        signUp(username, password);

        phone.tap(browser.findElement(By.linkText("Settings")));
        phone.waitForText("h1", "Settings");
        phone.tap(browser.findElement(By.cssSelector("#settings-security a.button")));
        phone.waitForText("h1", "Security");
        assertThat(text("#sessions")).contains("This device").contains("Signed in");
        assertThat(text("#events")).contains("Signed in");
        assertThat(text("#second-factor")).contains("A password alone opens this account");
        phone.see("security-01-page");
        phone.assertAccessible("security page");

        browser.findElement(By.id("token-name")).sendKeys("garmin watch");
        phone.tap(browser.findElement(By.cssSelector("#tokens button[type=submit]:last-of-type")));
        phone.waitForText(".flash", "Token created.");
        assertThat(text("#tokens .secret code")).startsWith("mitra_");
        assertThat(text("#tokens .list")).contains("garmin watch").contains("expires");
        phone.see("security-02-token-made");
        phone.assertAccessible("security page with a new token");

        phone.tap(browser.findElement(By.cssSelector("#tokens .list button")));
        phone.waitForText(".flash", "Token revoked.");
        assertThat(text("#events")).contains("API token revoked").contains("API token created");
        phone.see("security-03-token-revoked");

        phone.tap(browser.findElement(By.cssSelector("header .signout button")));
        phone.waitForText(".flash", "You are signed out.");
        for (int i = 0; i < 10; i++) {
            WebElement form = browser.findElement(By.cssSelector("main form"));
            browser.findElement(By.id("username")).sendKeys(username);
            browser.findElement(By.id("password")).sendKeys("not-quite-right-" + i);
            phone.tap(browser.findElement(By.cssSelector("main form button.primary")));
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));
            phone.waitForVisible(".notice");
        }
        assertThat(text(".notice")).contains("paused for about a minute").contains("Your account and your entries are safe");
        phone.see("security-04-sign-in-paused");
        phone.assertAccessible("sign-in page, paused");
        assertThat(phone.consoleProblems()).isEmpty();
    }
}
