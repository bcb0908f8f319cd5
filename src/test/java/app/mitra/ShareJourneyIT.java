package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import app.mitra.common.web.QrCodes;
import app.mitra.reports.JournalSeed;
import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.BrowserJourney;
import app.mitra.testing.Phone;

/**
 * Sharing with a clinician in Chromium at 390 px: from Settings, make a share link; a clinician opens it in a
 * fresh browser without an account; the person sees the view and withdraws the link, after which it
 * opens nothing; then the person deletes their account. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "mitra.data-dir=target/test-data/share-browser-${random.uuid}")
class ShareJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "amber-lantern-quiet-62";


    @Test
    void shareALinkOpenItWithoutAnAccountWithdrawItAndDeleteTheAccount() throws IOException {
        signUp("leila", PASSWORD);
        Api api = new Api(port);
        User leila = new User(null, "leila", api.token("leila", PASSWORD));
        JournalSeed.write(api, leila, 14);

        phone.tap(browser.findElement(By.linkText("Settings")));
        phone.waitForText("h1", "Settings");
        phone.see("share-01-settings");
        phone.tap(browser.findElement(By.cssSelector("#settings-reports a[href$='/reports']")));
        phone.waitForText("h1", "Reports");
        phone.see("share-02-reports");
        phone.tap(browser.findElement(By.cssSelector("#share-link a")));
        phone.waitForText("h1", "Share with your clinician");
        phone.tap(browser.findElement(By.cssSelector("input[name=sections][value=notes]")));
        phone.tap(browser.findElement(By.cssSelector("#share-form button.primary")));
        phone.waitForText(".flash", "Link created.");
        String link = browser.findElement(By.cssSelector("#new-share code")).getText();
        assertThat(link).startsWith(url("/shared/"));
        // The QR code is the link itself, drawn as the same SVG the authenticator set-up uses.
        assertThat(browser.findElement(By.cssSelector("#new-share img.qr")).getDomAttribute("src"))
                .isEqualTo(QrCodes.svgDataUri(link));
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        phone.tap(browser.findElement(By.cssSelector("#new-share button.copy")));
        phone.waitForText("#share-copied", "Copied.");
        assertThat(browser.executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[arguments.length - 1])")).isEqualTo(link);
        phone.assertAccessible("share created");
        phone.see("share-03-created");

        try (Phone clinician = Phone.open()) {
            clinician.browser().get(link);
            clinician.waitForText("h1", "a summary for a clinician");
            String page = clinician.browser().findElement(By.tagName("main")).getText();
            assertThat(page).contains("42 doses on 14 of 90 days").contains("Green Maeng Da")
                    .contains("Xanax 0.5 mg as needed").doesNotContain("Stiff after a long drive")
                    .doesNotContain("leila");
            assertThat(clinician.browser().findElements(By.cssSelector("nav.tabs"))).isEmpty();
            assertThat(clinician.browser().findElements(By.cssSelector("form.signout"))).isEmpty();
            clinician.see("share-04-clinician-view");
            assertThat(clinician.consoleProblems()).isEmpty();

            browser.get(url("/shares"));
            phone.waitForText("#share-list", "Opened");
            phone.see("share-05-viewed");
            phone.tap(browser.findElement(By.cssSelector("#share-list form button")));
            phone.waitForText(".flash", "Link withdrawn.");
            assertThat(browser.findElement(By.id("share-list")).getText()).contains("withdrawn");

            clinician.browser().navigate().refresh();
            clinician.waitForText("h1", "This link no longer works");
            clinician.see("share-06-withdrawn");
        }

        browser.get(url("/settings"));
        browser.findElement(By.id("delete-password")).sendKeys("not my password");
        phone.tap(browser.findElement(By.cssSelector("#delete-account button")));
        phone.waitForText("#delete-account", "not your password");
        browser.findElement(By.id("delete-password")).sendKeys(PASSWORD);
        phone.see("share-07-delete");
        phone.tap(browser.findElement(By.cssSelector("#delete-account button")));
        phone.waitForText(".flash", "Your account and all its data are deleted.");
        phone.see("share-08-deleted");
        assertThat(api.send("POST", "/api/v1/tokens", Api.basic("leila", PASSWORD), "{\"name\": \"x\"}").status())
                .isEqualTo(401);
        assertThat(phone.consoleProblems()).isEmpty();
    }
}
