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
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.BrowserJourney;
import app.mitra.testing.LivedInJournal;
import app.mitra.testing.MitraOnSqlite;

/**
 * Insights in Chromium at 390 px: Today asks for a check-in after a recent dose; the Insights screen
 * leads each panel with a plain sentence, draws only the charts it has enough for (with short date
 * labels that never overlap) and keeps a table behind each; a new account sees in words what to log.
 * Every screen passes axe. Screenshots go to target/screenshots/.
 */
@MitraOnSqlite
class InsightsJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "amber-lantern-meadow-8";

    private static String someone() {
        return "i-" + UUID.randomUUID().toString().substring(0, 8);
    }

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
    void todayAsksForAnAfterCheckInAndInsightsLeadsWithPlainSentencesChartsAndTables() throws IOException {
        String imke = someone();
        browser.manage().deleteAllCookies();
        signUp(imke, PASSWORD);
        journal(imke);

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
        waitForCharts(5);

        assertThat(lead("products")).isEqualTo("Green Maeng Da went with 2.0 more points of relief than Red Bali caps"
                + " (80 doses).");
        assertThat(text("#products")).contains("Green Maeng Da: on average your pain was")
                .doesNotContain("95% interval");
        assertThat(lead("relief")).startsWith("On average your pain was").endsWith("points lower 45 minutes to 4 hours"
                + " after a dose (80 doses).");
        assertThat(text("#relief")).contains("1 dose in these days had no pain rating close enough")
                .doesNotContain("caused");
        assertThat(text("#correlations")).doesNotContain("rank correlation").doesNotContain("Spearman");
        assertNoOverlappingDateLabels();
        phone.assertAccessible("insights");
        phone.see("insights");

        phone.tap(browser.findElement(By.cssSelector("#relief details.how summary")));
        assertThat(text("#relief details.how")).contains("95% interval").contains("percentile bootstrap");
        phone.tap(browser.findElement(By.xpath("//div[@id='products']//details[.//table]/summary")));
        assertThat(browser.findElement(By.cssSelector("#products table")).getText())
                .contains("Green Maeng Da").contains("Maeng Da").contains("Powder");
        phone.tap(browser.findElement(By.cssSelector("#range button")));
        phone.waitForText("h1", "Insights");
        waitForCharts(5);
        phone.see("insights-range-shown");
        assertThat(phone.consoleProblems()).isEmpty();
    }

    @Test
    void aLivedInJournalFillsItsOwnRangeWithCalmSentencesAndNoTwoPointCharts() throws IOException {
        String lena = someone();
        browser.manage().deleteAllCookies();
        signUp(lena, PASSWORD);
        LivedInJournal.write(new Api(port), new User(null, lena, new Api(port).token(lena, PASSWORD)));

        browser.get(url("/insights"));
        phone.waitForText("h1", "Insights");
        // Sixty days of journal: the range starts on its first day, not 90 days back.
        assertThat(browser.findElement(By.id("from")).getDomProperty("value"))
                .isEqualTo(LivedInJournal.today().minusDays(LivedInJournal.DAYS - 1L).toString());
        waitForCharts(4);
        assertThat(browser.findElements(By.id("chart-tolerance"))).as("two 30-day periods draw no line").isEmpty();
        assertThat(lead("tolerance"))
                .isEqualTo("Not enough yet to follow the relief per gram over time: 2 of the 3 periods of 30 days needed.");
        assertThat(lead("trend-pain")).startsWith("You rated your pain on 60 of 60 days");
        assertThat(lead("trend-scales")).startsWith("No mood, energy, sleep or anxiety ratings");
        assertThat(browser.findElements(By.id("chart-scales"))).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Theil-Sen")
                .doesNotContain("Spearman").doesNotContain("No dose had").doesNotContain("null");
        assertNoOverlappingDateLabels();
        phone.assertAccessible("insights lived in");
        phone.see("insights-lived-in");

        phone.tap(browser.findElement(By.cssSelector("#trends details:not(.how) summary")));
        WebElement table = browser.findElement(By.cssSelector("#trends .table-scroll"));
        assertThat(table.getDomAttribute("tabindex")).isEqualTo("0");
        assertThat(table.getDomAttribute("aria-label")).isEqualTo("Each day's figures");
        phone.assertAccessible("insights lived in, table open");
        assertThat(phone.consoleProblems()).isEmpty();
    }

    @Test
    void aNewAccountSeesWhatToLogInWordsAndNoEmptyCharts() throws IOException {
        browser.manage().deleteAllCookies();
        signUp(someone(), PASSWORD);
        browser.get(url("/insights"));
        phone.waitForText("h1", "Insights");
        assertThat(lead("relief")).isEqualTo("Not enough doses with a pain rating before and after yet: 0 of the 5"
                + " needed.");
        assertThat(text("#relief .sentences")).isEqualTo("Log your pain before a dose and about 90 minutes after.");
        assertThat(lead("products")).startsWith("No dose in these days names a product.");
        assertThat(lead("trend-pain")).startsWith("No pain ratings in these days yet.");
        assertThat(browser.findElements(By.tagName("canvas"))).isEmpty();
        phone.assertAccessible("insights new");
        phone.see("insights-new");
        assertThat(phone.consoleProblems()).isEmpty();
    }

    private String lead(String id) {
        return text("#" + id + " .sentence");
    }

    private void waitForCharts(int count) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.findElements(
                By.cssSelector("canvas[data-drawn]")).size() >= count);
    }

    /**
     * The x labels Chart.js kept on every chart, measured in the font it drew them with: no two of
     * them may touch at 390 px.
     */
    private void assertNoOverlappingDateLabels() {
        @SuppressWarnings("unchecked")
        List<String> overlaps = (List<String>) browser.executeScript("""
                var found = [];
                document.querySelectorAll('canvas[data-drawn]').forEach(function (canvas) {
                  var chart = window.Chart.getChart(canvas);
                  var context = canvas.getContext('2d');
                  var spans = chart.scales.x.getLabelItems().map(function (item) {
                    context.font = item.font.string;
                    var width = context.measureText(item.label).width;
                    return [item.options.translation[0] - width / 2, item.options.translation[0] + width / 2, item.label];
                  }).sort(function (a, b) { return a[0] - b[0]; });
                  for (var i = 1; i < spans.length; i++) {
                    if (spans[i][0] < spans[i - 1][1] + 4) {
                      found.push(canvas.closest('figure').id + ': ' + spans[i - 1][2] + ' / ' + spans[i][2]);
                    }
                  }
                });
                return found;""");
        assertThat(overlaps).isEmpty();
    }
}
