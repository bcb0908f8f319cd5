package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import app.mitra.testing.BrowserJourney;

/**
 * Legal status, the library and the tools in Chromium at 390 px: the Travelling? check for a trip and for a city on a date, the
 * person's jurisdiction in the profile and its note on Today, a finding's "learn more" article, and
 * the tea timer counting down, pausing and resetting. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "mitra.data-dir=target/test-data/legal-browser-${random.uuid}")
class LegalJourneyIT extends BrowserJourney {

    @Test
    void checkATripSetWhereILiveReadWhyAFindingMattersAndTimeATea() throws IOException {
        signUp("lena", "quiet-harbour-lights-4");

        phone.tap(browser.findElement(By.linkText("Settings")));
        phone.waitForText("h1", "Settings");
        phone.tap(browser.findElement(By.cssSelector("#learn a[href$='/legal/travel']")));
        phone.waitForText("h1", "Travelling?");
        phone.see("legal-01-travel-empty");

        browser.findElement(By.id("place")).sendKeys("flying from Bali to Singapore");
        phone.tap(browser.findElement(By.cssSelector("#travel-form button.primary")));
        phone.waitForText(".legal-status", "Banned");
        assertThat(text(".places")).contains("Singapore").contains("Bali, Indonesia");
        assertThat(text("#warnings")).contains("even in transit").contains("penalties are severe");
        assertThat(text("main")).contains("not legal advice").contains("Data as of");
        assertThat(browser.findElements(By.cssSelector("#legal-sources li a"))).isNotEmpty();
        phone.see("legal-02-trip-answer");

        browser.get(url("/legal/travel?place=boston+ma&date=2026-08-22"));
        phone.waitForText(".legal-status", "Legal");
        assertThat(text("#announced")).contains("Massachusetts: banned from 2026-08-28");
        browser.get(url("/legal/travel?place=Columbus"));
        phone.waitForText("#candidates", "Columbus, Mississippi");
        phone.see("legal-03-ambiguous");
        browser.get(url("/legal/travel?place=Singapur"));
        phone.waitForText("#unknown-place", "Singapore");

        phone.tap(browser.findElement(By.linkText("Safety")));
        phone.waitForText("h1", "Safety");
        browser.findElement(By.id("medications")).sendKeys("Xanax 0.5 mg as needed");
        browser.findElement(By.id("jurisdiction")).sendKeys("tupelo ms");
        phone.tap(browser.findElement(By.cssSelector("#profile button[type=submit]")));
        phone.waitForText(".flash", "saved");
        assertThat(browser.findElement(By.id("jurisdiction")).getAttribute("value")).isEqualTo("US-MS-TUPELO");
        assertThat(text("#legal-here")).contains("Tupelo, Mississippi").contains("banned");

        phone.tap(browser.findElement(By.cssSelector(".finding .sources summary")));
        phone.tap(browser.findElement(By.cssSelector(".finding .learn-more a")));
        phone.waitForText("h1", "Interactions");
        assertThat(browser.getCurrentUrl()).endsWith("/library/interactions#depressants");
        assertThat(text("#sources")).contains("MMWR");
        phone.see("legal-04-learn-more");

        phone.tap(browser.findElement(By.linkText("Today")));
        phone.waitForText("h1", "Today");
        assertThat(text("main")).contains("Kratom is banned where you live (Tupelo, Mississippi)");
        phone.see("legal-05-today-banner");

        phone.tap(browser.findElement(By.cssSelector("a.learn")));
        phone.waitForText("h1", "Library");
        phone.tap(browser.findElement(By.cssSelector(".links a[href$='/tools']")));
        phone.waitForText("h1", "Tools");
        phone.tap(browser.findElement(By.cssSelector("a[href$='/tools/tea']")));
        phone.waitForText("h1", "Tea guide and timer");
        assertThat(text("#timer-display")).isEqualTo("15:00");
        phone.tap(browser.findElement(By.cssSelector("[data-set='20']")));
        assertThat(text("#timer-display")).isEqualTo("20:00");
        phone.tap(browser.findElement(By.id("timer-start")));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("timer-display"), "20:00")));
        assertThat(text("#timer-display")).startsWith("19:5");
        assertThat(text("#timer-status")).contains("Simmering");
        phone.tap(browser.findElement(By.id("timer-pause")));
        String paused = text("#timer-display");
        assertThat(text("#timer-status")).contains("Paused");
        phone.see("legal-06-tea-timer");
        assertThat(text("#timer-display")).isEqualTo(paused);
        phone.tap(browser.findElement(By.id("timer-reset")));
        assertThat(text("#timer-display")).isEqualTo("20:00");

        browser.get(url("/tools/teaspoons?teaspoons=2"));
        assertThat(text("#result")).contains("About 5.0 g").contains("4.0 to 6.0 g");
        assertThat(text("main")).contains("scale");
        phone.see("legal-07-teaspoons");

        assertThat(phone.consoleProblems()).as("browser console errors (CSP violations and others)").isEmpty();
    }
}
