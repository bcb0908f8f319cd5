package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import app.mitra.testing.BrowserJourney;

/**
 * The taper journey in Chromium at 390 px: set up a taper plan from Settings, see today's
 * target, log a dose and see how it compares, pause and resume; then log a withdrawal check-in
 * from Today and find its total in the trend and in History. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "mitra.data-dir=target/test-data/taper-browser-${random.uuid}")
class TaperJourneyIT extends BrowserJourney {

    @Test
    void setATaperPlanSeeTodaysTargetAgainstALoggedDoseAndLogAWithdrawalCheckIn() throws IOException {
        signUp("tomas", "quiet-harbour-lights-4");

        phone.tap(browser.findElement(By.linkText("Settings")));
        phone.waitForText("h1", "Settings");
        phone.tap(browser.findElement(By.cssSelector("#settings-taper a")));
        phone.waitForText("h1", "Taper plan");
        assertThat(browser.findElement(By.id("startMg")).getAttribute("value")).as("no amount is suggested").isEmpty();
        assertThat(browser.findElement(By.id("reduction")).getAttribute("value")).as("no rate is suggested").isEmpty();
        phone.see("taper-01-empty");

        browser.findElement(By.id("startMg")).sendKeys("4000");
        phone.tap(browser.findElement(By.cssSelector("input[name=reductionKind][value=mg]")));
        browser.findElement(By.id("reduction")).sendKeys("500");
        browser.findElement(By.id("stepDays")).sendKeys("7");
        // Whatever zone the account took from the browser, yesterday in UTC falls within the first step.
        String start = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("startDate")), start);
        phone.see("taper-02-filled-in");
        phone.tap(browser.findElement(By.cssSelector("#taper-plan button.primary")));
        phone.waitForText(".flash", "Taper plan saved.");
        phone.waitForText("#taper-today", "Today's target: 4,000 mg");
        assertThat(text("#taper-today")).contains("step 1 of 9").contains("Logged today: 0 mg, 4,000 mg under the target.");
        assertThat(text("#taper-schedule")).contains("3,500").contains("500");
        phone.see("taper-03-plan");

        phone.tap(browser.findElement(By.linkText("Today")));
        phone.waitForText("h1", "Today");
        browser.findElement(By.id("amount")).sendKeys("2.5");
        phone.tap(browser.findElement(By.cssSelector("#log-dose button.primary")));
        phone.waitForText(".flash", "Dose saved.");
        phone.waitForText("#safety-signals", "Logged today: 2,500 mg, 1,500 mg under the target.");
        phone.see("taper-04-today-with-target");

        browser.get(url("/taper"));
        assertThat(text("#taper-today")).contains("Logged today: 2,500 mg, 1,500 mg under the target.");
        assertThat(text("#taper-recent")).contains("2,500").contains("-1,500");
        phone.tap(browser.findElement(By.cssSelector("#taper-today form button")));
        phone.waitForText(".flash", "Taper plan paused.");
        assertThat(text("#taper-today")).contains("Paused since");
        phone.see("taper-05-paused");
        phone.tap(browser.findElement(By.cssSelector("#taper-today form button")));
        phone.waitForText(".flash", "Taper plan resumed.");

        phone.tap(browser.findElement(By.linkText("Today")));
        phone.waitForText("h1", "Today");
        phone.tap(browser.findElement(By.cssSelector("#withdrawal-link a")));
        phone.waitForText("h1", "How does your body feel between doses?");
        phone.see("taper-06-withdrawal-form");
        rate(0, "2");
        rate(9, "3");
        WebElement own = browser.findElements(By.name("symptom")).get(14);
        own.sendKeys("heavy legs");
        rate(14, "1");
        phone.tap(browser.findElement(By.cssSelector("#withdrawal-form button.primary")));
        phone.waitForText(".flash", "Withdrawal check-in saved.");
        assertThat(text("#withdrawal-trend")).contains("6");
        assertThat(browser.findElements(By.cssSelector("#withdrawal-trend svg rect.bar"))).hasSize(1);
        phone.see("taper-07-withdrawal-saved");

        phone.tap(browser.findElement(By.linkText("History")));
        phone.waitForText("h1", "History");
        assertThat(text("main")).contains("Withdrawal total 6").contains("3 symptoms");
        phone.see("taper-08-history");

        assertThat(phone.consoleProblems()).as("browser console errors (CSP violations and others)").isEmpty();
    }

    private void rate(int row, String score) {
        new Select(browser.findElements(By.name("score")).get(row)).selectByValue(score);
    }
}
