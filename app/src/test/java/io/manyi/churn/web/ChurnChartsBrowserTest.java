package io.manyi.churn.web;

import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberRefs;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The churn charts drawn by ECharts in headless Chromium, under the content security policy: the
 * model report's four charts and the 360 risk panel's health and trend charts each hold the points
 * of the table beside them (ChurnPagesIntegrationTest checks the tables; this checks that the
 * script found its data and drew it).
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ChurnChartsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    SubscriberRefs refs;

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
    void theModelReportAndTheRiskPanelDrawTheirCharts() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/churn/model?lang=en");
        chromium.signIn(wait, "analyst", PASSWORD);

        // The fixture's report: 3 ROC points, 2 lift deciles, 2 calibration bins, 2 features.
        assertThat(drawnPoints(wait, "roc-chart")).contains(3L);
        assertThat(drawnPoints(wait, "lift-chart")).contains(2L);
        assertThat(drawnPoints(wait, "calibration-chart")).contains(2L);
        assertThat(drawnPoints(wait, "importance-chart")).contains(2L);

        // pm02's subscriber: four health scores and two scored months.
        browser.get("http://localhost:" + port + "/subscribers/" + refs.of(OF_PM02) + "?lang=en");
        assertThat(drawnPoints(wait, "health-chart")).isNotEmpty().allMatch(n -> n == 4L);
        assertThat(drawnPoints(wait, "trend-chart")).isNotEmpty().allMatch(n -> n == 2L);
    }

    /** Waits for the chart's canvas, then reads the number of data points of each of its series. */
    @SuppressWarnings("unchecked")
    private List<Long> drawnPoints(WebDriverWait wait, String chartId) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chartId + " canvas")));
        Object counts = ((JavascriptExecutor) browser).executeScript("""
                var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));
                var series = chart.getOption().series || [];
                return series.map(function (s) {
                  var data = s.data || [];
                  return s.type === 'radar' ? (data[0] ? data[0].value.length : 0) : data.length;
                });
                """, chartId);
        return (List<Long>) counts;
    }
}
