package app.mitra.reports.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import app.mitra.testing.BrowserJourney;

/**
 * Importing another app's file in Chromium at 390 px: from Settings to the Import and export page, a
 * broken file shows its problems by line and stores nothing, a good file shows a preview (counts,
 * first rows, what is left out and why), and confirming imports it into History.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"mitra.data-dir=target/test-data/import-browser-${random.uuid}", "mitra.accounts.registration=open"})
class ImportJourneyIT extends BrowserJourney {

    @Test
    void aBrokenFileShowsItsLinesAndAGoodOneIsPreviewedThenImported() throws IOException {
        signUp("imogen", "slow-river-cedar-2291");

        phone.tap(browser.findElement(By.linkText("Settings")));
        phone.waitForText("h1", "Settings");
        phone.tap(browser.findElement(By.cssSelector("#settings-data a")));
        phone.waitForText("h1", "Import and export");

        new Select(browser.findElement(By.id("import-format"))).selectByValue("herbal-tracker");
        browser.findElement(By.id("import-file")).sendKeys(fixture("herbal-tracker-broken.csv"));
        phone.tap(browser.findElement(By.cssSelector("button[value=preview]")));
        phone.waitForText("#import-outcome", "Nothing was imported.");
        assertThat(text("#import-outcome")).contains("Line 4").contains("amount \"lots\" is not a number of grams");
        phone.see("import-01-broken-file");

        new Select(browser.findElement(By.id("import-format"))).selectByValue("bearable-csv");
        browser.findElement(By.id("import-file")).clear();
        browser.findElement(By.id("import-file")).sendKeys(fixture("bearable-2024.csv"));
        phone.tap(browser.findElement(By.cssSelector("button[value=preview]")));
        phone.waitForText("#import-outcome", "What this file holds");
        assertThat(text(".import-counts")).contains("Doses\n2").contains("Other substances\n2").contains("Notes\n5")
                .contains("Left out\n1");
        assertThat(text("#import-outcome")).contains("Line 3").contains("3 g")
                .contains("a kratom dose with no amount").contains("Import 9 records");
        phone.see("import-02-preview");

        phone.tap(browser.findElement(By.cssSelector("button[value=import]")));
        phone.waitForText("#import-outcome .flash", "Imported 9 records; 1 left out.");
        phone.see("import-03-imported");

        phone.tap(browser.findElement(By.linkText("History")));
        phone.waitForText("h1", "History");
        assertThat(text("main")).contains("Ibuprofen").contains("Bearable Mood");
        phone.see("import-04-history");

        assertThat(phone.consoleProblems()).as("browser console errors (CSP violations and others)").isEmpty();
    }

    @Test
    void aFileLargerThanTheServerTakesIsRefusedCalmlyBeforeItIsSent() throws IOException {
        signUp("ines", "tall-grass-window-8830");
        Path large = Files.createDirectories(Path.of("target", "test-data")).resolve("too-large-" + port + ".csv");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(33L << 20);
        }
        browser.get(url("/settings/data"));
        phone.waitForText("h1", "Import and export");
        assertThat(text("#import-file-limit")).isEqualTo("At most 32 MB.");

        browser.findElement(By.id("import-file")).sendKeys(large.toAbsolutePath().toString());
        phone.waitForVisible("#import-file-too-large");
        phone.tap(browser.findElement(By.cssSelector("button[value=preview]")));

        assertThat(text("#import-file-too-large")).contains("larger than this server accepts (32 MB)");
        assertThat(text("#import-outcome")).as("nothing was sent").isEmpty();
        phone.see("import-05-too-large");
        assertThat(phone.consoleProblems()).isEmpty();
        Files.delete(large);
    }

    private static String fixture(String name) {
        return Path.of("src/test/resources/imports", name).toAbsolutePath().toString();
    }
}
