package io.manyi.churn.web;

import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An analyst's morning, in headless Chromium (issue 14): the at-risk list, narrowed to a city
 * without a reload, then the subscriber at the top opened in the 360 with the risk panel that
 * explains the score; the number stays masked, as the analyst's role wants.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AnalystAtRiskBrowserTest {

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
        ChurnPagesFixture.load(jdbc, demoUsers);
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
    void fromTheAtRiskListToThe360() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/churn?lang=en");
        chromium.signIn(wait, "analyst", PASSWORD);
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("at-risk-table")));
        // Risk × value first: pm02's five-star subscriber heads the list, masked for an analyst.
        String top = table.findElement(By.cssSelector("tbody tr a.msisdn")).getText();
        assertThat(top).isEqualTo(mask(OF_PM02));

        // Narrowing to a city swaps the table in place (htmx) and keeps the choice in the address.
        new Select(browser.findElement(By.cssSelector("#at-risk-filter select[name=city]"))).selectByValue("深圳");
        wait.until(ExpectedConditions.stalenessOf(table));
        WebElement narrowed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("at-risk-table")));
        assertThat(narrowed.findElements(By.cssSelector("tbody tr a.msisdn")))
                .extracting(WebElement::getText).containsExactly(mask(UNASSIGNED));
        assertThat(browser.getCurrentUrl()).contains("city=");

        narrowed.findElement(By.cssSelector("tbody tr a.msisdn")).click();
        wait.until(ExpectedConditions.urlContains("/subscribers/"));
        WebElement probability = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("risk-probability")));
        assertThat(probability.getText()).contains("60.0%");
        assertThat(browser.findElements(By.cssSelector("#risk-reasons li"))).isNotEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains(mask(UNASSIGNED)).doesNotContain(UNASSIGNED).doesNotContain("??");
    }

    private static String mask(String msisdn) {
        return msisdn.substring(0, 3) + "****" + msisdn.substring(7);
    }
}
