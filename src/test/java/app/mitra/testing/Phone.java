package app.mitra.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, as a 390-px phone: taps what a thumb would, waits for text, and takes
 * full-page screenshots into target/screenshots/ while collecting every console warning or
 * Content-Security-Policy violation the pages trip.
 */
public final class Phone implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final ChromeDriver browser;
    private final List<String> consoleProblems = new ArrayList<>();

    private Phone(ChromeDriver browser) {
        this.browser = browser;
    }

    public static Phone open() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path profile = Files.createDirectories(Path.of("target/chromium-profile-" + UUID.randomUUID()));
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=390,844", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0)));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new Phone(new ChromeDriver(driver, options));
    }

    public ChromeDriver browser() {
        return browser;
    }

    public List<String> consoleProblems() {
        return consoleProblems;
    }

    /**
     * Taps what a person would scroll to first: nothing (like the bottom navigation) covers it then.
     * While the page is still settling (a chart finishing its first draw moves what is below it), the
     * tap is tried again, as a person would tap again once the screen stops moving.
     */
    public void tap(WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).ignoring(ElementClickInterceptedException.class)
                .until(driver -> {
                    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                    element.click();
                    return true;
                });
    }

    public void waitForText(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public void waitForVisible(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** A full-page screenshot to look at, and the console checked for anything the page tripped over. */
    public void see(String name) throws IOException {
        // A screen as tall as the page, so the fixed bottom navigation sits at the bottom of the picture.
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390,
                "height", Math.max(844, height.intValue()), "deviceScaleFactor", 1, "mobile", true));
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of());
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()
                    || entry.getMessage().contains("Content Security Policy")) {
                consoleProblems.add(name + ": " + entry.getMessage());
            }
        }
    }

    /**
     * Runs axe-core's WCAG 2.2 A and AA rules on the screen as it is now and fails with every
     * violation, each with the elements it found.
     */
    public void assertAccessible(String screen) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(browser);
        List<String> violations = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
        if (!violations.isEmpty()) {
            throw new AssertionError(screen + " breaks accessibility rules:\n" + String.join("\n", violations));
        }
    }

    @Override
    public void close() {
        browser.quit();
    }
}
