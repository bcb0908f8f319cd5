package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.BrowserJourney;

/**
 * Insights in Chromium at 390 px: Today asks for a check-in after a recent dose; the Insights screen
 * shows sentences with n and intervals, draws its charts and has a table behind each; the bottom
 * navigation with six tabs still fits. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "mitra.data-dir=target/test-data/insights-browser-${random.uuid}")
class InsightsJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "amber-lantern-meadow-8";


    /** Forty days of two products with different relief, and a dose 100 minutes ago not yet followed up. */
    private void journal(String username) {
        Api api = new Api(port);
        User imke = new User(null, username, api.token(username, PASSWORD));
        String strong = api.post(imke, "/api/v1/products", "{\"name\": \"Green Maeng Da\", \"strain\": \"Maeng Da\", \"form\": \"POWDER\"}").text("id");
        String weak = api.post(imke, "/api/v1/products", "{\"name\": \"Red Bali caps\", \"strain\": \"Bali\", \"form\": \"CAPSULES\", \"capsuleMg\": 500}").text("id");
        Random random = new Random(5);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int d = 40; d >= 1; d--) {
            for (int hour : new int[] {8, 16}) {
                Instant at = today.minusDays(d).atTime(hour, 0).toInstant(ZoneOffset.UTC);
                boolean morning = hour == 8;
                int before = 6 + random.nextInt(3);
                int after = before - (morning ? 3 : 1) + random.nextInt(3) - 1;
                api.post(imke, "/api/v1/checkins", """
                        {"takenAt": "%s", "pain": %d, "mood": %d, "energy": %d, "sleepQuality": %d, "anxiety": %d}"""
                        .formatted(at.minus(20, ChronoUnit.MINUTES), before, 4 + random.nextInt(4),
                                3 + random.nextInt(4), 5 + random.nextInt(3), 2 + random.nextInt(4)));
                api.post(imke, "/api/v1/doses", morning
                        ? "{\"takenAt\": \"%s\", \"form\": \"POWDER\", \"amount\": %s, \"unit\": \"g\", \"productId\": \"%s\"}"
                                .formatted(at, 2 + random.nextInt(3) * 0.5, strong)
                        : "{\"takenAt\": \"%s\", \"form\": \"CAPSULES\", \"amount\": %d, \"unit\": \"capsules\", \"productId\": \"%s\"}"
                                .formatted(at, 4 + random.nextInt(3), weak));
                api.post(imke, "/api/v1/checkins", "{\"takenAt\": \"%s\", \"pain\": %d}"
                        .formatted(at.plus(95, ChronoUnit.MINUTES), Math.max(0, after)));
            }
            if (d % 7 == 0) {
                api.post(imke, "/api/v1/checkins", "{\"takenAt\": \"%s\", \"pain\": 6, \"enjoyment\": 5, \"activity\": 6}"
                        .formatted(today.minusDays(d).atTime(20, 0).toInstant(ZoneOffset.UTC)));
            }
        }
        api.post(imke, "/api/v1/doses", "{\"takenAt\": \"%s\", \"form\": \"POWDER\", \"amount\": 2, \"unit\": \"g\", \"productId\": \"%s\"}"
                .formatted(Instant.now().minus(100, ChronoUnit.MINUTES), strong));
    }

    @Test
    void todayAsksForAnAfterCheckInAndInsightsShowsSentencesChartsAndTables() throws IOException {
        signUp("imke", PASSWORD);
        journal("imke");

        browser.get(url("/today"));
        phone.waitForText("a.notice", "How is your pain now?");
        assertThat(browser.findElement(By.cssSelector("a.notice")).getText()).contains("100 minutes ago");
        phone.see("insights-today-prompt");

        List<WebElement> tabs = browser.findElements(By.cssSelector("nav.tabs a"));
        assertThat(tabs).extracting(WebElement::getText)
                .containsExactly("Today", "History", "Insights", "Products", "Safety", "Settings");
        for (WebElement tab : tabs) {
            // Each label fits its tab on one line at 390 px.
            assertThat((Boolean) browser.executeScript(
                    "return arguments[0].scrollWidth <= arguments[0].clientWidth && arguments[0].offsetHeight <= 60", tab))
                    .as(tab.getText()).isTrue();
        }
        phone.tap(browser.findElement(By.linkText("Insights")));
        phone.waitForText("h1", "Insights");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.findElements(
                By.cssSelector("canvas[data-drawn]")).size() >= 5);

        String products = browser.findElement(By.id("products")).getText();
        assertThat(products).contains("After doses of Green Maeng Da, your pain fell")
                .contains("40 doses").contains("95% interval")
                .contains("Green Maeng Da went with").contains("more points of relief than Red Bali caps");
        assertThat(browser.findElement(By.id("relief")).getText()).contains("80 doses").contains("1 dose had no pain rating").doesNotContain("caused");
        assertThat(browser.findElement(By.id("correlations")).getText()).contains("rank correlation");
        phone.see("insights");

        phone.tap(browser.findElement(By.cssSelector("#products summary")));
        assertThat(browser.findElement(By.cssSelector("#products table")).getText())
                .contains("Green Maeng Da").contains("Maeng Da").contains("Powder");
        phone.tap(browser.findElement(By.cssSelector("#range button")));
        phone.waitForText("h1", "Insights");
        assertThat(phone.consoleProblems()).isEmpty();
    }
}
