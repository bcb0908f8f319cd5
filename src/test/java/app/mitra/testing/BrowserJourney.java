package app.mitra.testing;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the web app in Chromium at phone size: the whole app runs on a random port (the
 * subclass's {@code @SpringBootTest} says how), and one browser serves every test of the class.
 */
public abstract class BrowserJourney {

    protected static Phone phone;
    protected static ChromeDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void openBrowser() throws IOException {
        phone = Phone.open();
        browser = phone.browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (phone != null) {
            phone.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** Creates an account through the sign-up form, as a person would, and waits for the welcome. */
    protected void signUp(String username, String password) {
        browser.get(url("/signup"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        phone.tap(browser.findElement(By.cssSelector("button.primary")));
        phone.waitForText(".flash", "Welcome");
    }
}
