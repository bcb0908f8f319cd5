package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.Browser;
import app.mitra.testing.BrowserJourney;
import app.mitra.testing.LivedInJournal;
import app.mitra.testing.MitraOnSqlite;

/**
 * The web app in a person's second month of daily use (testing/LivedInJournal): the Safety screen stays
 * short and calm at 390 px, reading a finding keeps the person where they were, and no page shows a
 * "null", "NaN" or "undefined" to them. Screenshots go to target/screenshots/.
 */
@MitraOnSqlite
@TestInstance(Lifecycle.PER_CLASS)
class LivedInSafetyJourneyIT extends BrowserJourney {

    /** What a person must never read: a programmer's word for "nothing here". */
    private static final Pattern NOTHING_WORDS = Pattern.compile("\\b(null|NaN|undefined)\\b");
    /** Links the walk does not follow: signing out, machine answers, files and assets. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(logout|api/|v3/|swagger|webjars/|css/|js/|img/|favicon|actuator|metrics).*|.*\\.(pdf|csv|json|zip|xml|png|svg|ico)$");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Every kind of page, but not each of the hundreds of entries of two months: a few of each kind. */
    private static final int EACH_KIND = 2;
    private static final int MOST_PAGES = 250;

    Api api;
    User person;

    @BeforeAll
    void twoMonthsOfDailyUse() {
        api = new Api(port);
        person = api.newUser();
        LivedInJournal.write(api, person);
    }

    /** Today, signed in (the browser may still be from the class's other test). */
    private void signInOnThePhone() {
        browser.get(url("/today"));
        if (browser.getCurrentUrl().contains("/login")) {
            browser.findElement(By.id("username")).sendKeys(person.username());
            browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
            phone.tap(browser.findElement(By.cssSelector("button.primary")));
        }
        phone.waitForText("h1", "Today");
    }

    private long number(String script, Object... arguments) {
        return ((Number) browser.executeScript(script, arguments)).longValue();
    }

    @Test
    void theSafetyScreenStaysShortAndReadingAFindingKeepsThePersonWhereTheyWere() throws IOException {
        signInOnThePhone();
        browser.get(url("/safety"));
        phone.waitForText("h1", "Safety");
        String heading = text("#attention-title");
        assertThat(heading).matches("\\d+ findings need your attention");
        int open = Integer.parseInt(heading.split(" ")[0]);

        List<WebElement> shown = browser.findElements(By.cssSelector("article.finding")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).as("a few cards per section, the rest behind show all").hasSizeLessThanOrEqualTo(6);
        long height = number("return document.documentElement.scrollHeight");
        assertThat(height).as("the page at 390 px, in px (two months of use made it about 90,000)")
                .isLessThan(5_000);
        assertThat((String) browser.executeScript("return document.body.innerText")).doesNotContainPattern(NOTHING_WORDS);
        phone.see("lived-in-safety-01");
        phone.assertAccessible("Safety, lived in");

        WebElement second = browser.findElements(By.cssSelector("#attention article.finding")).get(1);
        String id = second.getAttribute("id");
        WebElement read = second.findElement(By.cssSelector("form button"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", read);
        long before = number("return window.scrollY");
        phone.tap(read);
        phone.waitForText("#" + id + " .read-note", "Marked as read.");
        assertThat(text("#attention-title")).isEqualTo((open - 1) + " findings need your attention");
        assertThat(number("return window.scrollY")).as("still where they were").isBetween(before - 40, before + 40);
        assertThat((String) browser.executeScript("return document.activeElement.className")).contains("read-note");
        phone.see("lived-in-safety-02-read-in-place");
        phone.assertAccessible("Safety, a finding just read");

        browser.get(url("/safety"));
        phone.waitForText("#history h2", "Read before");
        phone.tap(browser.findElement(By.cssSelector("#attention details.show-all > summary")));
        phone.see("lived-in-safety-03-show-all");
        phone.assertAccessible("Safety, every finding shown");
        assertThat(phone.consoleProblems()).isEmpty();
    }

    @Test
    void aSlipOfTheDecimalPointIsAskedAboutOnTodayAndOneTapNeverOffersIt() throws IOException {
        signInOnThePhone();
        phone.tap(browser.findElement(By.cssSelector("#log-dose details.more > summary")));
        // the form starts as the latest dose, which depends on the hour the test runs: a powder in grams, then
        new Select(browser.findElement(By.id("productId"))).selectByValue("");
        new Select(browser.findElement(By.id("form"))).selectByValue("POWDER");
        new Select(browser.findElement(By.id("unit"))).selectByValue("G");
        WebElement amount = browser.findElement(By.id("amount"));
        amount.clear();
        amount.sendKeys("500");
        phone.tap(browser.findElement(By.cssSelector("#log-dose form > button.primary")));
        phone.waitForText("#log-dose .question", "Did you mean 5 g?");
        assertThat(text("#log-dose .question")).contains("500 g at once is far more than people report taking.")
                .contains("No, save 500 g as entered");
        phone.see("lived-in-today-01-did-you-mean");
        phone.assertAccessible("Today, asking about an amount");

        phone.tap(browser.findElement(By.cssSelector("#log-dose .question button[name=asTyped]")));
        phone.waitForText(".flash", "Dose saved.");
        assertThat(text("#log-dose")).doesNotContain("Log 500 g");
        assertThat(text("#timeline")).contains("An amount to check");
        phone.see("lived-in-today-02-saved-as-entered");
        phone.assertAccessible("Today, after an implausible amount");
    }

    @Test
    void noPageOfTheWebAppShowsNullNaNOrUndefined() {
        Browser web = new Browser(port);
        assertThat(web.signIn(person.username(), Api.PASSWORD)).doesNotContain("error");
        Deque<String> next = new ArrayDeque<>(List.of("/today", "/history", "/insights", "/products", "/safety",
                "/settings", "/library", "/withdrawal", "/taper", "/reports"));
        Set<String> seen = new HashSet<>();
        Map<String, Integer> kinds = new HashMap<>();
        List<String> problems = new ArrayList<>();
        while (!next.isEmpty() && seen.size() < MOST_PAGES) {
            String path = next.poll();
            String kind = ID.matcher(path).replaceAll("{id}").replaceAll("=[^&]*", "=");
            if (!seen.add(path) || kinds.merge(kind, 1, Integer::sum) > EACH_KIND) {
                continue;
            }
            HttpResponse<String> page = web.get(path);
            if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Matcher shown = NOTHING_WORDS.matcher(visible(page.body()));
            while (shown.find()) {
                problems.add(path + ": \"" + around(visible(page.body()), shown.start()) + "\"");
            }
            Matcher link = LINK.matcher(page.body());
            while (link.find()) {
                String target = link.group(1).replace("&amp;", "&");
                if (!NOT_A_PAGE.matcher(target).matches()) {
                    next.add(target);
                }
            }
        }
        assertThat(seen.size()).as("pages walked").isGreaterThan(30);
        assertThat(problems).as("words a person must never read").isEmpty();
    }

    /** What a person reads or hears: text, and the values, placeholders, labels and titles shown with it. */
    private static String visible(String html) {
        StringBuilder shown = new StringBuilder();
        Matcher attribute = Pattern.compile("<(?!input[^>]*type=\"hidden\")[^>]*?\\b(value|placeholder|alt|title|aria-label)=\"([^\"]*)\"")
                .matcher(html);
        while (attribute.find()) {
            shown.append(attribute.group(2)).append('\n');
        }
        String text = html.replaceAll("(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        return shown.append(text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")).toString();
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ").strip();
    }
}
