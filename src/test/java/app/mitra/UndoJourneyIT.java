package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.mitra.testing.Api;
import app.mitra.testing.Browser;
import app.mitra.testing.BrowserJourney;
import app.mitra.testing.LivedInJournal;
import app.mitra.testing.MitraOnSqlite;

/**
 * Undo in Chromium at 390 px: a dose logged and undone and brought back, a one-tap dose whose Undo goes
 * after about ten seconds, one drink undone, a deletion with Back that explains and restores, History's
 * deleted entries, a jump to a day and the totals of each day, the one-tap button after an edit; then
 * History on a lived-in journal of sixty days. Every screen is checked with axe-core and left as a
 * screenshot in target/screenshots/.
 */
@MitraOnSqlite
class UndoJourneyIT extends BrowserJourney {

    private void see(String name, String screen) throws IOException {
        phone.see(name);
        phone.assertAccessible(screen);
    }

    private void tap(String css) {
        phone.tap(browser.findElement(By.cssSelector(css)));
    }

    private void tapAndWait(String css, String flash) {
        tap(css);
        phone.waitForText(".flash", flash);
    }

    @Test
    void everyDeleteAndEveryOneTapLogCanBeUndoneAndHistoryRestoresWhatWasDeleted() throws IOException {
        signUp("ines-" + UUID.randomUUID().toString().substring(0, 8), "slow-tide-under-the-pier-4");

        // the first dose, typed; its confirmation carries Undo
        browser.findElement(By.id("amount")).sendKeys("2.5");
        tapAndWait("#log-dose button.primary", "Dose saved.");
        assertThat(text("form.undo button")).isEqualTo("Undo");
        see("undo-01-dose-saved-with-undo", "Today with Undo after a dose");

        tapAndWait("form.undo button", "Dose deleted.");
        assertThat(text("#timeline")).contains("Nothing logged yet today.");
        see("undo-02-dose-undone", "Today after undoing a dose");
        tapAndWait("form.undo button", "Dose restored.");
        assertThat(text("#timeline")).contains("Dose 2.5 g");
        see("undo-03-dose-restored", "Today after restoring a dose");

        // the one-tap button: its Undo goes after about ten seconds
        assertThat(text("#log-dose button.primary")).isEqualTo("Log 2.5 g");
        tapAndWait("#log-dose button.primary", "Dose saved.");
        assertThat(browser.findElement(By.cssSelector("form.undo")).isDisplayed()).isTrue();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form.undo")));
        assertThat(text(".flash")).isEqualTo("Dose saved.");
        see("undo-04-one-tap-undo-gone", "Today after the Undo went");

        // one drink, undone
        tapAndWait("#log-substance .quick-drinks button", "Saved.");
        assertThat(text("#timeline")).contains("1 standard drink").doesNotContain("standard drinks");
        tapAndWait("form.undo button", "Entry deleted.");
        assertThat(text("#timeline")).doesNotContain("Alcohol");

        // an edit of the latest dose: the one-tap button offers what it now is
        List<WebElement> doses = browser.findElements(By.cssSelector("#timeline li.is-dose"));
        assertThat(doses).hasSize(2);
        phone.tap(doses.get(0).findElement(By.linkText("Edit")));
        phone.waitForText("h1", "Edit dose");
        WebElement amount = browser.findElement(By.id("amount"));
        amount.clear();
        amount.sendKeys("3");
        tapAndWait("button.primary", "Dose updated.");
        assertThat(text("#log-dose button.primary")).isEqualTo("Log 3 g");

        // a deletion, then Back: the page explains and restores
        phone.tap(browser.findElements(By.cssSelector("#timeline li.is-dose")).get(0).findElement(By.linkText("Delete")));
        phone.waitForText("h1", "Delete this dose?");
        assertThat(text("main .card")).contains("For a day you can still restore it from History");
        see("undo-05-confirm-delete", "delete confirmation");
        tapAndWait("button.danger", "Dose deleted.");
        assertThat(text("#log-dose button.primary")).as("the one before").isEqualTo("Log 2.5 g");
        browser.navigate().back();
        phone.waitForText("h1", "This dose was deleted");
        assertThat(text("main")).contains("Dose 3 g").contains("You can restore it until").doesNotContain("not here");
        see("undo-06-back-after-delete", "a deleted dose's page");
        tapAndWait("main button.primary", "Dose restored.");
        assertThat(text("#log-dose button.primary")).isEqualTo("Log 3 g");

        // a check-in deleted, restored from History
        WebElement pain = browser.findElement(By.cssSelector("#check-in .scale-row label:nth-child(5) span"));
        phone.tap(pain);
        tapAndWait("#check-in button.primary", "Check-in saved.");
        phone.tap(browser.findElement(By.cssSelector("#timeline li.is-checkin")).findElement(By.linkText("Delete")));
        phone.waitForText("h1", "Delete this check-in?");
        tapAndWait("button.danger", "Check-in deleted.");
        phone.tap(browser.findElement(By.linkText("History")));
        phone.waitForText("h1", "History");
        // the drink undone earlier is there too
        assertThat(text("details.deleted summary")).isEqualTo("Deleted in the last day (2)");
        tap("details.deleted summary");
        assertThat(text("details.deleted")).contains("Pain 4/10").contains("Alcohol").contains("deleted at");
        see("undo-07-history-deleted", "History with a deleted check-in and drink");
        tapAndWait("details.deleted .deleted-entry:first-child button", "Check-in restored.");
        assertThat(text("h1")).isEqualTo("History");
        assertThat(text("details.deleted summary")).isEqualTo("Deleted in the last day (1)");
        assertThat(text(".day-totals")).contains("2 doses, 5.5 g").contains("pain 4");
        see("undo-08-history-restored", "History after a restore");

        // a day to jump to, with no script needed
        browser.executeScript("document.getElementById('history-date').value = arguments[0]",
                LivedInJournal.today().minusDays(3).toString());
        tap("form.jump button");
        phone.waitForText(".hint", "Nothing was logged on");
        see("undo-09-history-jumped", "History at a day with nothing logged");
        assertThat(phone.consoleProblems()).as("browser console errors (CSP violations and others)").isEmpty();
    }

    @Test
    void historyOfTwoMonthsOfDailyUseOpensFastWithEachDaysTotals() throws IOException {
        Api api = new Api(port);
        Api.User user = api.newUser();
        LivedInJournal.write(api, user);

        Browser http = new Browser(port);
        http.signIn(user.username(), Api.PASSWORD);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = http.get("/history");
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(page.statusCode()).isEqualTo(200);
            System.out.println("History bytes: " + page.body().length());
        }
        List<Long> warm = millis.subList(1, millis.size()).stream().sorted().toList();
        System.out.println("History on a lived-in journal, ms per page: " + millis);
        assertThat(warm.get(warm.size() / 2)).as("median of warm loads, ms").isLessThan(1_500);

        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        tap("main form button.primary");
        phone.waitForText("h1", "Today");
        phone.tap(browser.findElement(By.linkText("History")));
        phone.waitForText("h1", "History");
        List<WebElement> days = browser.findElements(By.cssSelector("main > section > .card"));
        assertThat(days).as("one page: a few days, not the whole journal").hasSizeBetween(4, 6);
        // a whole day of the journal: three doses (powder, four capsules of 500 mg, tea), pain rated through the day
        String yesterday = days.get(1).findElement(By.cssSelector(".day-totals")).getText();
        assertThat(yesterday).containsPattern("3 doses, \\d+(\\.5)? g").containsPattern("\\(\\d ratings\\)");
        assertThat(browser.findElements(By.cssSelector(".day-totals"))).extracting(WebElement::getText)
                .anyMatch(totals -> totals.contains("1 drink"));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).doesNotContain("null");
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        System.out.println("History on a lived-in journal, page height px: " + height);
        see("undo-10-history-lived-in", "History of a lived-in journal");
        browser.findElement(By.linkText("Older entries"));
    }
}
