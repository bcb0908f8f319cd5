package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.testing.Api;
import app.mitra.testing.BrowserJourney;
import app.mitra.testing.MitraOnSqlite;

/**
 * Nothing typed is lost, in Chromium at 390 px: a pain score saved after the session ended (expired,
 * or signed out on another device) leads to sign-in and is saved once the person is back; a stale
 * CSRF token is survived the same way; an entry kept for one person is never saved into the account
 * of someone else who signs in on the same phone, and signing out clears it.
 */
@MitraOnSqlite
class SessionLossJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "soft-rain-on-the-lake-41";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.executeScript("indexedDB.deleteDatabase('mitra')");
    }

    private String newPerson() {
        String username = "kai-" + UUID.randomUUID().toString().substring(0, 8);
        signUp(username, PASSWORD);
        return username;
    }

    private void endSessionsOf(String username) {
        jdbc.sql("delete from accounts_session where principal_name = :name").param("name", username).update();
    }

    private void typePain(int value) {
        phone.tap(browser.findElement(By.cssSelector("#check-in input[name=pain][value='" + value + "'] + span")));
    }

    private void saveCheckIn() {
        phone.tap(browser.findElement(By.cssSelector("#check-in button.primary")));
    }

    private void signInThroughTheForm(String username) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        WebElement form = browser.findElement(By.cssSelector("main form"));
        phone.tap(form.findElement(By.cssSelector("button.primary")));
    }

    private long keptEntries() {
        Object count = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var open = indexedDB.open('mitra', 1);
                open.onupgradeneeded = function () { open.result.createObjectStore('unsent', { keyPath: 'key' }); };
                open.onsuccess = function () {
                  var request = open.result.transaction('unsent').objectStore('unsent').count();
                  request.onsuccess = function () { open.result.close(); done(request.result); };
                };""");
        return ((Number) count).longValue();
    }

    private int checkIns(String username, int pain) {
        String id = jdbc.sql("select id from accounts_user where username = :name").param("name", username)
                .query(String.class).single();
        return jdbc.sql("select count(*) from journal_checkin where user_id = :id and pain = :pain")
                .param("id", id).param("pain", pain).query(Integer.class).single();
    }

    @Test
    void aPainScoreSavedAfterTheSessionEndedIsSavedOnceThePersonSignsInAgain() throws IOException {
        String username = newPerson();
        typePain(7);
        endSessionsOf(username);

        saveCheckIn();

        phone.waitForText(".notice", "You were signed out before your entry was saved");
        assertThat(browser.getCurrentUrl()).contains("/login?lost&return=%2Ftoday");
        assertThat(browser.getPageSource()).doesNotContain("\"status\":403").doesNotContain("Forbidden");
        assertThat(keptEntries()).as("kept on this phone meanwhile").isEqualTo(1);
        phone.see("session-lost-01-sign-in-again");

        signInThroughTheForm(username);

        phone.waitForText(".flash", "Check-in saved.");
        assertThat(browser.getCurrentUrl()).endsWith("/today");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> keptEntries() == 0);
        assertThat(checkIns(username, 7)).as("saved once, not twice").isEqualTo(1);
        phone.see("session-lost-02-saved-after-sign-in");
        assertThat(phone.consoleProblems()).as("nothing but the refused request itself")
                .allMatch(problem -> problem.contains("/checkins - Failed to load resource") && problem.contains("401"));
    }

    @Test
    void aStaleTokenFromAnotherTabIsSurvivedAndTheEntrySaved() {
        String username = newPerson();
        typePain(4);
        browser.manage().deleteCookieNamed("MITRA_CSRF");
        browser.executeScript("document.querySelector('.app').setAttribute('hx-headers', "
                + "'{\"X-XSRF-TOKEN\": \"stale\"}'); document.querySelectorAll('input[name=_csrf]')"
                + ".forEach(function (input) { input.value = 'stale'; });");

        saveCheckIn();

        phone.waitForText(".flash", "Check-in saved.");
        assertThat(checkIns(username, 4)).isEqualTo(1);
    }

    @Test
    void anEntryKeptForOnePersonIsNeverSavedIntoAnotherPersonsAccountAndSigningOutClearsIt() {
        String first = newPerson();
        phone.tap(browser.findElement(By.cssSelector("header .signout button")));
        phone.waitForText(".flash", "You are signed out.");
        String second = newPerson();
        typePain(3);
        endSessionsOf(second);
        saveCheckIn();
        phone.waitForText(".notice", "You were signed out before your entry was saved");

        signInThroughTheForm(first);

        phone.waitForText("h1", "Today");
        assertThat(checkIns(first, 3)).as("never into someone else's account").isZero();
        assertThat(keptEntries()).as("still kept for the person who typed it").isEqualTo(1);

        phone.tap(browser.findElement(By.cssSelector("header .signout button")));
        phone.waitForText(".flash", "You are signed out.");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> keptEntries() == 0);
        assertThat(checkIns(second, 3)).isZero();
    }
}
