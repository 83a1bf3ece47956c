package io.manyi.subscriber;

import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives the real pages in Debian's headless Chromium: a phone manager signs in, types a
 * number, picks the result and sees the 360 page with the number masked.
 *
 * <p>With {@code -Dmanyi.screenshot=docs/images/subscriber-360.png} it also saves the 360 page
 * as the README's screenshot (docs/security.md, "Screenshot").
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SubscriberSearchBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    HeadlessChromium chromium;
    WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        SubscriberFixture.load(jdbc, demoUsers);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void phoneManagerSearchesAndSeesTheMaskedNumber() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/");

        // Unauthenticated: our own sign-in page.
        chromium.signIn(wait, "pm02", PASSWORD);

        // Search as you type: no Enter, htmx fetches the table.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q"))).sendKeys(OF_PM02);
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#result-table a.msisdn")));
        assertThat(hit.getText()).isEqualTo("139****5678");
        assertThat(browser.findElement(By.id("results")).getText()).doesNotContain(OF_PM02);
        hit.click();

        WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subscriber-msisdn")));
        assertThat(number.getText()).matches("\\d{3}\\*{4}\\d{4}").isEqualTo("139****5678");
        // Neither the page nor its address carries the full number.
        assertThat(browser.getPageSource()).doesNotContain(OF_PM02);
        assertThat(browser.getCurrentUrl()).doesNotContain(OF_PM02);
        // The chart script ran under the content security policy and drew the 12 months.
        wait.until(ExpectedConditions.attributeToBe(By.id("usage-chart"), "data-rendered", "true"));
        assertThat(browser.findElement(By.cssSelector("#usage-chart canvas")).isDisplayed()).isTrue();

        saveScreenshotWhenAsked();
    }

    private void saveScreenshotWhenAsked() throws IOException {
        String target = System.getProperty("manyi.screenshot");
        if (target == null || target.isBlank()) {
            return;
        }
        Path png = Path.of(target).toAbsolutePath();
        Files.createDirectories(png.getParent());
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), png, StandardCopyOption.REPLACE_EXISTING);
    }
}
