package io.manyi.moments;

import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * am01 in headless Chromium: a group moment (a new member of am01's group) is dispatched to am01,
 * who opens the task from the day's list and sees it with the member's 360, then the full 360.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountManagerTaskBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    Clock clock;
    @Autowired
    MomentDispatch dispatch;

    HeadlessChromium chromium;
    WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        SubscriberFixture.load(jdbc, demoUsers);
        MomentsFixture.seedCatalog(jdbc);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                insert into moments (type, msisdn, occurrence, detected_on, window_ends, source, detail_zh, detail_en,
                                     value_yuan, expected_value, status, created_at, group_id, owner)
                values ('GROUP_NEW_MEMBER', ?, 'G001', ?, ?, 'BATCH', '加入集团广州某科技有限公司', 'joined 广州某科技有限公司', 100, 80,
                        'NEW', now(), 'G001', 'am01')
                """).params(OF_PM02, today, today.plusDays(10)).update();
        dispatch.dispatch(today);
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
    void accountManagerOpensAGroupTask() {
        long id = jdbc.sql("select id from tasks where assignee = 'am01'").query(Long.class).single();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/workbench?lang=en");
        chromium.signIn(wait, "am01", PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#row-" + id + " a.wb-open"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-360")));
        assertThat(browser.findElement(By.id("task-" + id)).getText()).contains("New member in a group account")
                .contains("joined 广州某科技有限公司");
        assertThat(browser.findElement(By.id("panel-360")).getText()).contains("广州某科技有限公司");

        browser.get("http://localhost:" + port + "/workbench/tasks/" + id + "?lang=en");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-360")));
        browser.findElement(By.cssSelector("#panel-360 h2 a")).click();
        wait.until(ExpectedConditions.urlContains("/subscribers/"));
        assertThat(browser.getTitle()).doesNotContain("403").doesNotContain("404");
        assertThat(browser.getPageSource()).contains("广州某科技有限公司");
    }
}
