package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.testing.Phone;

/**
 * The journey in Debian's Chromium on a 390-px phone screen: sign up, log a dose, log
 * pain with the PEG items, see both on Today, edit the dose, delete the check-in; then sign out and
 * in again and log the same dose in one tap. Every step
 * leaves a full-page screenshot in target/screenshots/ and must not trip the Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "mitra.data-dir=target/test-data/browser-${random.uuid}")
class BrowserJourneyIT {

    private static Phone phone;
    private static ChromeDriver browser;
    private static List<String> consoleProblems;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() throws IOException {
        phone = Phone.open();
        browser = phone.browser();
        consoleProblems = phone.consoleProblems();
    }

    @AfterAll
    static void closeBrowser() {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void signUpLogADoseAndPainSeeBothOnTodayEditTheDoseAndDeleteTheCheckIn() throws IOException {
        browser.get(url("/signup"));
        see("01-signup");
        browser.findElement(By.id("username")).sendKeys("rosa");
        browser.findElement(By.id("password")).sendKeys("slow-walk-by-the-sea-7");
        tap(browser.findElement(By.cssSelector("button.primary")));
        waitForText(".flash", "Welcome. Your account is ready.");
        assertThat(browser.getCurrentUrl()).endsWith("/today");
        see("02-today-empty");

        browser.findElement(By.id("amount")).sendKeys("2.5");
        tap(browser.findElement(By.cssSelector("#log-dose button.primary")));
        waitForText(".flash", "Dose saved.");
        assertThat(browser.findElement(By.cssSelector("#log-dose button.primary")).getText()).isEqualTo("Log 2.5 g");
        see("03-dose-saved");

        tapScale("pain", 6);
        tap(browser.findElement(By.cssSelector("#check-in details summary")));
        tapScale("enjoyment", 5);
        tapScale("activity", 4);
        see("04-pain-filled-in");
        tap(browser.findElement(By.cssSelector("#check-in button.primary")));
        waitForText(".flash", "Check-in saved.");

        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Dose 2.5 g").contains("2,500 mg").contains("Pain 6/10").contains("PEG 5");
        see("05-today-both");

        tap(doseEntry().findElement(By.linkText("Edit")));
        waitForText("h1", "Edit dose");
        see("06-edit-dose");
        WebElement amount = browser.findElement(By.id("amount"));
        amount.clear();
        amount.sendKeys("3");
        tap(browser.findElement(By.cssSelector("button.primary")));
        waitForText(".flash", "Dose updated.");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Dose 3 g").contains("3,000 mg");
        see("07-dose-edited");

        tap(browser.findElement(By.cssSelector("#timeline li.is-checkin")).findElement(By.linkText("Delete")));
        waitForText("h1", "Delete this check-in?");
        see("08-confirm-delete");
        tap(browser.findElement(By.cssSelector("button.danger")));
        waitForText(".flash", "Check-in deleted.");
        assertThat(browser.findElement(By.id("timeline")).getText()).doesNotContain("Pain 6/10").contains("Dose 3 g");
        see("09-check-in-deleted");

        for (String page : new String[] {"history", "products", "settings"}) {
            tap(browser.findElement(By.linkText(page.substring(0, 1).toUpperCase() + page.substring(1))));
            waitForText("h1", page.substring(0, 1).toUpperCase() + page.substring(1));
            see("10-" + page);
        }
        // Signing in again swaps the page in place: the next form must carry the new session's CSRF token.
        tap(browser.findElement(By.cssSelector(".signout button")));
        waitForText(".flash", "You are signed out.");
        see("12-signed-out");
        browser.findElement(By.id("username")).sendKeys("rosa");
        browser.findElement(By.id("password")).sendKeys("slow-walk-by-the-sea-7");
        tap(browser.findElement(By.cssSelector("button.primary")));
        waitForText("#log-dose button.primary", "Log 3 g");
        tap(browser.findElement(By.cssSelector("#log-dose button.primary")));
        waitForText(".flash", "Dose saved.");
        assertThat(browser.findElements(By.cssSelector("#timeline li.is-dose"))).hasSize(2);
        see("13-signed-in-again");

        assertThat(consoleProblems).as("browser console errors (CSP violations and others)").isEmpty();

        browser.get(url("/doses/" + UUID.randomUUID() + "/edit"));
        waitForText("h1", "This page is not here");
        see("11-not-found");
        assertThat(consoleProblems).as("only the page's own 404 status").singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("status of 404");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement doseEntry() {
        return browser.findElement(By.cssSelector("#timeline li.is-dose"));
    }

    /** Taps a number of a 0-10 scale the way a thumb does: on its visible box. */
    private static void tapScale(String name, int value) {
        WebElement box = browser.findElement(By.cssSelector("input[name=" + name + "][value='" + value + "'] + span"));
        tap(box);
        assertThat(browser.findElement(By.cssSelector("input[name=" + name + "][value='" + value + "']")).isSelected())
                .isTrue();
    }

    private static void tap(WebElement element) {
        phone.tap(element);
    }

    private static void waitForText(String css, String text) {
        phone.waitForText(css, text);
    }

    private static void see(String name) throws IOException {
        phone.see(name);
    }
}
