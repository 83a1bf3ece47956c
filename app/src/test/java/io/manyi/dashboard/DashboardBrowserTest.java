package io.manyi.dashboard;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard in headless Chromium: every KPI's chart draws (ECharts under the CSP), and the city selector switches the figures. */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    DashboardRollups rollups;

    HeadlessChromium chromium;
    WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        DashboardFixture.load(jdbc, demoUsers);
        rollups.refresh(YearMonth.of(2026, 9));
        rollups.refresh(YearMonth.of(2026, 10));
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
    void aSupervisorSeesEveryChartAndSwitchesToACity() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/dashboard?month=2026-10&lang=en");
        chromium.signIn(wait, "supervisor", PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kpi-churn")));
        new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage(() -> "charts not drawn: "
                        + browser.findElements(By.cssSelector(".chart")).stream().map(e -> e.getDomAttribute("id") + "="
                        + e.getDomAttribute("data-rendered") + "/" + e.getDomAttribute("data-error")).toList()
                        + ", echarts loaded: " + ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return !!window.echarts"))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chart[data-rendered='true']"), 8));
        assertThat(browser.findElements(By.cssSelector(".chart canvas"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(browser.findElement(By.id("headline-churnRate")).getText()).contains("33.33%");

        new Select(browser.findElement(By.name("city"))).selectByVisibleText("深圳");
        browser.findElement(By.cssSelector("#dashboard-filter button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "深圳"));
        assertThat(browser.findElement(By.id("headline-churnRate")).getText()).contains("50.00%");
        assertThat(browser.findElement(By.id("no-campaigns")).getText()).isEqualTo("No campaigns yet");
        assertThat(browser.findElement(By.id("dashboard-export")).getDomAttribute("href")).contains("city=%E6%B7%B1%E5%9C%B3");
    }
}
