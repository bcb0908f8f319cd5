package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
        properties = {"mitra.data-dir=target/test-data/browser-${random.uuid}", "mitra.accounts.registration=open"})
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

    /** Each journey starts signed out with a clean console, whichever runs first. */
    @BeforeEach
    void freshSession() {
        browser.manage().deleteAllCookies();
        consoleProblems.clear();
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

    @Test
    void aProfileWithABenzodiazepineShowsAnAvoidFindingWithItsSourceAndACalmBannerOnToday() throws IOException {
        browser.get(url("/signup"));
        browser.findElement(By.id("username")).sendKeys("mei");
        browser.findElement(By.id("password")).sendKeys("quiet-harbour-lights-4");
        tap(browser.findElement(By.cssSelector("button.primary")));
        waitForText(".flash", "Welcome. Your account is ready.");

        tap(browser.findElement(By.linkText("Safety")));
        waitForText("h1", "Safety");
        see("20-safety-empty");
        browser.findElement(By.id("age")).sendKeys("46");
        browser.findElement(By.id("conditions")).sendKeys("chronic back pain");
        browser.findElement(By.id("medications")).sendKeys("Xanax 0.5 mg as needed\nibuprofen 400 mg");
        browser.findElement(By.id("substances")).sendKeys("Zorblex from a friend");
        tap(browser.findElement(By.cssSelector("#profile button.primary")));
        waitForText(".flash", "Profile saved and checked.");

        WebElement findings = browser.findElement(By.id("attention"));
        assertThat(findings.getText()).contains("Avoid combining", "Benzodiazepine with kratom",
                "You wrote \u201cXanax 0.5 mg as needed\u201d \u2014 read as alprazolam.");
        assertThat(findings.findElements(By.cssSelector(".finding-avoid .sources a")))
                .extracting(link -> link.getAttribute("href")).contains("https://doi.org/10.1002/cpt.2891");
        assertThat(browser.findElement(By.id("not-checked")).getText()).contains("Zorblex from a friend",
                "ibuprofen 400 mg");
        assertThat(browser.findElement(By.id("help")).getText()).contains("1-800-662-4357", "988");
        assertThat(browser.findElement(By.cssSelector(".rulebook")).getText()).startsWith("Rulebook 2026.");
        tap(browser.findElement(By.cssSelector(".finding-avoid .sources summary")));
        assertThat(browser.findElement(By.cssSelector(".finding-avoid .sources")).getText()).contains("Evidence: strong");
        see("21-safety-avoid-finding");

        tap(browser.findElement(By.linkText("Today")));
        waitForText("a.notice", "Safety has a note on what not to combine with kratom.");
        see("22-today-banner");

        tap(browser.findElement(By.cssSelector("a.notice")));
        waitForText("h1", "Safety");
        tap(browser.findElement(By.cssSelector(".finding-avoid button")));
        waitForText(".finding-avoid .read-note", "Marked as read.");
        assertThat(browser.findElement(By.id("attention-title")).getText()).isEqualTo("Nothing new needs your attention");
        see("23-safety-read");
        tap(browser.findElement(By.linkText("Today")));
        waitForText("h1", "Today");
        assertThat(browser.findElements(By.cssSelector("a.notice"))).isEmpty();
        assertThat(consoleProblems).as("browser console errors (CSP violations and others)").isEmpty();
    }

    /**
     * alcohol logged from Today, then a dose form set two hours later shows the
     * recent-depressant warning before saving; the dose can still be saved and keeps the warning.
     */
    @Test
    void aDoseTwoHoursAfterAlcoholShowsTheWarningBeforeSavingAndKeepsItOnceSaved() throws IOException {
        browser.get(url("/signup"));
        browser.findElement(By.id("username")).sendKeys("mina");
        browser.findElement(By.id("password")).sendKeys("quiet-harbour-lights-42");
        tap(browser.findElement(By.cssSelector("button.primary")));
        waitForText(".flash", "Welcome. Your account is ready.");

        tap(browser.findElement(By.cssSelector("#log-substance button[value='2']")));
        waitForText(".flash", "Saved.");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Alcohol").contains("2 standard drinks");
        see("guard-01-alcohol-logged");

        browser.findElement(By.id("amount")).sendKeys("2");
        WebElement time = browser.findElement(By.id("takenAt"));
        // A datetime-local field is typed differently in every locale; set it as the picker would, two hours on
        // (to the minute, so the form may say 1 h 59 min).
        browser.executeScript("""
                const at = new Date(Date.now() + 2 * 3600 * 1000);
                at.setMinutes(at.getMinutes() - at.getTimezoneOffset());
                arguments[0].value = at.toISOString().slice(0, 16);
                arguments[0].dispatchEvent(new Event('change', {bubbles: true}));""", time);
        phone.waitForVisible("#dose-findings li[data-rule='guardrail-recent-depressant']");
        String warning = browser.findElement(By.id("dose-findings")).getText();
        assertThat(warning).containsIgnoringCase("Avoid").contains("Shortly after alcohol")
                .contains("You logged alcohol (2 standard drinks) at")
                .containsPattern("(2 h|1 h 59 min) before this dose");
        see("guard-02-warning-before-saving");

        tap(browser.findElement(By.cssSelector("#log-dose button.primary")));
        // A time two hours ahead is asked about before it is saved.
        waitForText("#log-dose .question", "is later than now.");
        tap(browser.findElement(By.cssSelector("#log-dose .question button[name=asTyped]")));
        waitForText(".flash", "Dose saved.");
        // Two hours on may be tomorrow already: History lists every day.
        tap(browser.findElement(By.linkText("History")));
        waitForText("h1", "History");
        WebElement dose = browser.findElement(By.cssSelector("li.is-dose"));
        assertThat(dose.findElement(By.cssSelector("li[data-rule='guardrail-recent-depressant']")).getText())
                .contains("Shortly after alcohol");
        tap(dose.findElement(By.cssSelector("li[data-rule='guardrail-recent-depressant'] summary")));
        tap(dose.findElement(By.cssSelector("li[data-rule='guardrail-recent-depressant'] .sources-more summary")));
        assertThat(dose.getText()).containsPattern("(2 h|1 h 59 min) before this dose").contains("Notes from the Field");
        see("guard-03-dose-keeps-its-warning");
        assertThat(consoleProblems).as("browser console errors (CSP violations and others)")
                .noneMatch(problem -> problem.startsWith("guard-"));
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
