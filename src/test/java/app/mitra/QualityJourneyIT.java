package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import app.mitra.testing.BrowserJourney;
import app.mitra.testing.TestDatabase.TestDirectories;

/**
 * Product quality in Chromium at 390 px: a product, a batch with a certificate reporting lead at
 * 2 µg/g, three 1 g doses of it logged from Today (the batch picked after the product), then Product
 * quality shows 6 µg of lead that day against the 5 µg limit and a finding with its source; a
 * certificate file with a bad line is refused by line; an imported recall puts a calm note on Today.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"mitra.data-dir=target/test-data/quality-browser-${random.uuid}", "mitra.accounts.registration=open"})
class QualityJourneyIT extends BrowserJourney {

    @Test
    void aBatchWithLeadAtTwoMicrogramsAndThreeGramsInADayShowsTheExposureAndACitedFinding() throws IOException {
        signUp("ines", "quiet-harbour-lights-8");

        phone.tap(browser.findElement(By.linkText("Products")));
        phone.waitForText("h1", "Products");
        browser.findElement(By.id("name")).sendKeys("Green Maeng Da");
        browser.findElement(By.id("vendor")).sendKeys("Leafy");
        phone.tap(browser.findElement(By.cssSelector("form button.primary")));
        phone.waitForText(".flash", "Product saved.");
        assertThat(text(".list")).contains("Green Maeng Da", "Unverified");
        phone.tap(browser.findElement(By.linkText("Green Maeng Da")));
        phone.waitForText("h1", "Green Maeng Da");

        browser.findElement(By.id("batchCode")).sendKeys("GMD-2611");
        phone.tap(browser.findElement(By.cssSelector("details.coa summary")));
        browser.findElement(By.id("lab")).sendKeys("Test Lab");
        browser.findElement(By.id("mitragyninePercent")).sendKeys("1.5");
        browser.findElement(By.id("leadUgPerG")).sendKeys("2");
        new Select(browser.findElement(By.id("salmonella"))).selectByValue("NOT_DETECTED");
        phone.see("quality-01-batch-form");
        phone.tap(browser.findElement(By.cssSelector("#batch-form button.primary")));
        phone.waitForText(".flash", "Batch saved.");
        assertThat(text("#batches")).contains("GMD-2611", "Passes");
        phone.see("quality-02-batch-saved");

        // Log a 1 g dose from Today, picking the product and then its batch; then the same dose twice in one tap.
        phone.tap(browser.findElement(By.linkText("Today")));
        phone.waitForText("h1", "Today");
        new Select(browser.findElement(By.id("productId"))).selectByVisibleText("Green Maeng Da");
        WebElement batchField = new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("batchId")));
        new Select(batchField).selectByVisibleText("GMD-2611");
        browser.findElement(By.id("amount")).sendKeys("1");
        settled();
        phone.see("quality-03-dose-with-batch");
        phone.tap(browser.findElement(By.cssSelector("#log-dose button.primary")));
        phone.waitForText(".flash", "Dose saved.");
        for (int again = 0; again < 2; again++) {
            // The form sits folded under "Change"; its chosen batch is read from the page, not from what shows.
            assertThat(new Select(browser.findElement(By.id("batchId"))).getFirstSelectedOption()
                    .getDomProperty("textContent")).as("the next dose repeats the batch").isEqualTo("GMD-2611");
            // The last flash says "Dose saved." too: wait for the page to be replaced first.
            WebElement saved = browser.findElement(By.cssSelector(".flash"));
            phone.tap(browser.findElement(By.cssSelector("#log-dose button.primary")));
            new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(saved));
            phone.waitForText(".flash", "Dose saved.");
        }
        assertThat(browser.findElements(By.cssSelector("#timeline li.is-dose"))).hasSize(3);

        phone.tap(browser.findElement(By.linkText("Products")));
        phone.waitForText("h1", "Products");
        assertThat(text(".list")).contains("Worth a look");
        phone.tap(browser.findElement(By.linkText("Product quality and exposure")));
        phone.waitForText("h1", "Product quality");
        WebElement lead = browser.findElement(By.id("exposure-lead"));
        assertThat(lead.getText()).contains("Limit 5 µg a day");
        assertThat(lead.findElements(By.cssSelector("svg rect.bar.over"))).hasSize(1);
        phone.tap(lead.findElement(By.cssSelector("details.table-alt summary")));
        assertThat(lead.findElement(By.cssSelector("table")).getText()).contains("6.00", "120 %");
        WebElement findings = browser.findElement(By.id("quality-findings"));
        assertThat(findings.getText()).contains("One day above the daily limit for lead",
                "3 g from this batch at 2 µg per g is 6 µg of lead", "Evidence: strong");
        assertThat(findings.findElements(By.cssSelector(".sources a"))).extracting(a -> a.getAttribute("href"))
                .contains("https://scribd.com/document/697427088/2232-Elemental-Contaminants-in-Dietary-Supplements-1");
        phone.see("quality-04-exposure");

        // A certificate file with a bad line is refused by its line, and nothing is saved.
        phone.tap(findings.findElement(By.linkText("Green Maeng Da · GMD-2611")));
        phone.waitForText("h1", "Green Maeng Da");
        phone.tap(browser.findElement(By.cssSelector("#upload summary")));
        browser.findElement(By.id("file")).sendKeys(file("coa.csv", "batchCode,leadUgPerG\nNEW-1,0.2\nNEW-2,lots\n"));
        phone.tap(browser.findElement(By.cssSelector("#upload button")));
        phone.waitForText(".file-problems", "Line 3, leadUgPerG");
        assertThat(text("#batches")).doesNotContain("NEW-1");
        phone.see("quality-05-file-refused");

        // An imported recall naming the batch marks it and leaves a calm note on Today.
        browser.get(url("/products/recalls"));
        browser.findElement(By.id("file")).sendKeys(file("recalls.csv", """
                vendor,product,batch,reason,source,date
                Leafy,Green Maeng Da,GMD-2611,Salmonella found in testing,https://www.fda.gov/safety/recalls,2026-11-01
                """));
        phone.tap(browser.findElement(By.cssSelector("#recall-import button.primary")));
        phone.waitForText(".flash", "Recall list imported.");
        phone.tap(browser.findElement(By.linkText("Today")));
        phone.waitForText("h1", "Today");
        phone.waitForText("a.notice", "Green Maeng Da, batch GMD-2611, is on a recall list you imported.");
        phone.see("quality-06-recall-on-today");
        phone.tap(browser.findElement(By.cssSelector("a.notice")));
        phone.waitForText("#batches", "On a recall list");
        assertThat(text("#batches")).contains("Problem", "Salmonella found in testing");
        phone.see("quality-07-recalled-batch");

        assertThat(phone.consoleProblems()).as("browser console errors (CSP violations and others)").isEmpty();
    }

    /** Waits until htmx has no request or swap under way (the dose form previews its findings as it is filled in). */
    private static void settled() {
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector(".htmx-request, .htmx-settling, .htmx-swapping"), 0));
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(driver -> Boolean.TRUE.equals(browser.executeScript(
                        "return new Promise(done => setTimeout(() => done(true), 700))")));
    }

    private String file(String name, String content) throws IOException {
        Path path = TestDirectories.create("upload").resolve(name);
        Files.writeString(path, content);
        return path.toAbsolutePath().toString();
    }
}
