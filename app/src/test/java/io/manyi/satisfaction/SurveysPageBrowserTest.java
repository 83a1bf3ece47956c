package io.manyi.satisfaction;

import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The surveys page in headless Chromium, as a supervisor uses it: open surveys from the header's
 * navigation, read the month's results by dimension, and count a reply nobody understood as the
 * answer to the survey it meant.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SurveysPageBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    HeadlessChromium chromium;
    WebDriver browser;
    long expired;
    long reply;

    @BeforeEach
    void start() throws IOException {
        SubscriberFixture.load(jdbc, demoUsers);
        jdbc.sql("""
                insert into surveys (msisdn, touchpoint, dimensions, status, sent_at, answered_at, score, dimension_scores, dedup_key)
                values (:b, 'PERIODIC', 'NETWORK,FEES,NEW_SERVICES', 'ANSWERED', '2025-03-10 10:00+08', '2025-03-10 11:00+08', 9, '4,8,9', 'p1'),
                       (:b, 'HALL_VISIT', '', 'ANSWERED', '2025-03-20 10:00+08', '2025-03-20 11:00+08', 7, null, 'h1'),
                       (:c, 'PERIODIC', 'NETWORK,FEES,NEW_SERVICES', 'EXPIRED', '2025-03-10 10:00+08', null, null, null, 'p2')
                """).param("b", OF_PM02).param("c", UNASSIGNED).update();
        expired = jdbc.sql("select id from surveys where dedup_key = 'p2'").query(Long.class).single();
        reply = jdbc.sql("""
                insert into survey_replies (survey_id, msisdn, text, received_at, score, understood, counted)
                values (?, ?, '七分吧', '2025-03-11 09:00+08', null, false, false) returning id
                """).params(expired, UNASSIGNED).query(Long.class).single();
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
    void aSupervisorReadsResultsByDimensionAndResolvesAnUnreadReply() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/?lang=en");
        chromium.signIn(wait, "supervisor", PASSWORD);
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("header nav a[href='/surveys']")));
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("by-dimension")));
        assertThat(browser.findElement(By.cssSelector("header nav a.active")).getText()).isEqualTo("Surveys");

        // the month offered is the one with surveys; network is the lowest dimension (4)
        List<String> months = new Select(browser.findElement(By.name("month"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(months).containsExactly("2025-03");
        WebElement network = browser.findElement(By.cssSelector("#by-dimension tbody tr[data-dimension='NETWORK']"));
        assertThat(network.getText()).contains("Network", "4.00");
        assertThat(browser.findElement(By.cssSelector("#by-dimension tbody tr")).getAttribute("data-dimension")).isEqualTo("NETWORK");
        assertThat(browser.findElement(By.cssSelector("#totals [data-figure='response-rate']")).getText()).isEqualTo("66.7%");

        // the reply "七分吧" meant 7 for the expired periodic survey of that number
        WebElement row = browser.findElement(By.cssSelector("#reply-list tr[data-reply='" + reply + "']"));
        assertThat(row.getText()).contains("七分吧", "not understood");
        new Select(row.findElement(By.name("surveyId"))).selectByValue(String.valueOf(expired));
        new Select(row.findElement(By.name("score"))).selectByValue("7");
        row.findElement(By.cssSelector("button[data-action='assign']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resolved")));
        assertThat(browser.findElement(By.id("resolved")).getText()).contains(String.valueOf(reply), "#" + expired, "7 points");
        assertThat(browser.findElements(By.cssSelector("#reply-list tr[data-reply='" + reply + "']"))).isEmpty();
        assertThat(jdbc.sql("select status || ':' || score from surveys where id = ?").param(expired).query(String.class).single())
                .isEqualTo("ANSWERED:7");
        // three answered of three sent now
        assertThat(browser.findElement(By.cssSelector("#totals [data-figure='response-rate']")).getText()).isEqualTo("100.0%");
    }
}
