package io.manyi.tier.web;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static io.manyi.tier.TierFixture.STEADY;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.loyalty.PointsAccrual;
import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberRefs;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
import io.manyi.tier.TierAssessment;
import io.manyi.tier.TierFixture;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * Drives the tier and points pages in Debian's headless Chromium (like SubscriberSearchBrowserTest):
 * an analyst signs in, opens the star rules, runs the what-if preview with a stricter five-star
 * threshold and sees the moves counted by brand (htmx, under the content security policy), then
 * opens a subscriber's 360 page and sees the star level and the points card load.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TierAndPointsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    TierAssessment assessment;

    @Autowired
    PointsAccrual accrual;

    @Autowired
    SubscriberRefs refs;

    HeadlessChromium chromium;
    WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        TierFixture.load(jdbc, demoUsers);
        assessment.runAll();
        accrual.runAll();
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
    void analystPreviewsStricterRulesAndOpensTheTierAndPointsOfASubscriber() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/tier/rules?lang=en");
        chromium.signIn(wait, "analyst", PASSWORD);

        // The rules form; five stars made unreachable (threshold 101 of at most 100 points).
        WebElement thresholds = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("starThresholds")));
        List<String> levels = List.of(thresholds.getDomProperty("value").split(",\\s*"));
        assertThat(levels).hasSize(5);
        thresholds.clear();
        thresholds.sendKeys(String.join(", ", levels.subList(0, 4)) + ", 101");
        browser.findElement(By.id("preview-button")).click();

        WebElement brands = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-brands")));
        long assessed = jdbc.sql("select count(*) from current_tiers").query(Long.class).single();
        long fiveStars = jdbc.sql("select count(*) from current_tiers where stars = 5").query(Long.class).single();
        assertThat(fiveStars).isPositive();
        // Every assessed subscriber is counted once (up + down + held + same over the brands) ...
        assertThat(sumOfColumns(brands, 1, 4)).isEqualTo(assessed);
        // ... and no five-star subscriber stays five-star: each one falls or is held by the hysteresis.
        assertThat(sumOfColumns(brands, 2, 3)).isGreaterThanOrEqualTo(fiveStars);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview-chart canvas")));
        // Nothing was saved by the preview.
        assertThat(jdbc.sql("select count(*) from settings where name like 'tier.%'").query(Long.class).single()).isZero();

        // The subscriber's 360 page: the star level and the points card, each loaded by htmx.
        browser.get("http://localhost:" + port + "/subscribers/" + refs.of(STEADY) + "?lang=en");
        WebElement stars = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tier-stars")));
        assertThat(stars.getText()).isEqualTo("★★★★★");
        assertThat(browser.findElement(By.id("tier-reasons")).getText()).contains("tenure 11 years: +20");
        WebElement balance = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("points-balance")));
        long expected = jdbc.sql("select balance from points_accounts where msisdn = ?").param(STEADY)
                .query(Long.class).single();
        assertThat(expected).isPositive();
        assertThat(balance.getText().replace(",", "")).isEqualTo(Long.toString(expected));
        assertThat(browser.findElement(By.id("points-statement")).isDisplayed()).isTrue();
        // The analyst sees the number masked.
        assertThat(browser.getPageSource()).doesNotContain(STEADY);
    }

    /** The sum of the table's numeric cells in columns {@code from..to} (1-based after the label). */
    private static long sumOfColumns(WebElement table, int from, int to) {
        long sum = 0;
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            for (int i = from; i <= to; i++) {
                sum += Long.parseLong(cells.get(i).getText().replace(",", "").strip());
            }
        }
        return sum;
    }
}
