package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import app.mitra.testing.BrowserJourney;

/**
 * A journal note in Chromium at 390 px: written on Today in the person's own words, seen in History
 * with its mood word and tags, edited, then deleted. Screenshots land in target/screenshots/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"mitra.data-dir=target/test-data/notes-${random.uuid}", "mitra.accounts.registration=open"})
class NoteJourneyIT extends BrowserJourney {

    @Test
    void aNoteWrittenOnTodayShowsInHistoryAndCanBeEditedAndDeleted() throws IOException {
        signUp("mira", "quiet-morning-by-the-river-3");

        phone.tap(browser.findElement(By.cssSelector("#write-note summary")));
        browser.findElement(By.id("note-title")).sendKeys("Long walk");
        browser.findElement(By.id("note-text")).sendKeys("Knees ached after, but the air helped.");
        browser.findElement(By.id("note-mood")).sendKeys("meh");
        browser.findElement(By.id("note-tags")).sendKeys("walk, family");
        phone.see("note-01-written");
        phone.tap(browser.findElement(By.cssSelector("#write-note button.primary")));
        phone.waitForText(".flash", "Note saved.");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Long walk", "mood: meh");

        phone.tap(browser.findElement(By.linkText("History")));
        phone.waitForText("h1", "History");
        WebElement note = browser.findElement(By.cssSelector("li.is-note"));
        assertThat(note.getText()).contains("Long walk", "mood: meh", "walk, family",
                "Knees ached after, but the air helped.");
        phone.see("note-02-in-history");

        phone.tap(note.findElement(By.linkText("Edit")));
        phone.waitForText("h1", "Edit note");
        WebElement mood = browser.findElement(By.id("note-mood"));
        mood.clear();
        mood.sendKeys("better");
        phone.tap(browser.findElement(By.cssSelector("button.primary")));
        phone.waitForText(".flash", "Note updated.");
        assertThat(browser.findElement(By.cssSelector("li.is-note")).getText()).contains("mood: better");

        phone.tap(browser.findElement(By.cssSelector("li.is-note")).findElement(By.linkText("Delete")));
        phone.waitForText("h1", "Delete this note?");
        phone.tap(browser.findElement(By.cssSelector("button.danger")));
        phone.waitForText(".flash", "Note deleted.");
        assertThat(browser.findElements(By.cssSelector("li.is-note"))).isEmpty();
        assertThat(phone.consoleProblems()).as("browser console errors (CSP violations and others)").isEmpty();
    }
}
