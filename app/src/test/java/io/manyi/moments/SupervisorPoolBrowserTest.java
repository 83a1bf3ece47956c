package io.manyi.moments;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervisor's team pool in headless Chromium: a pool task goes to the manager whose book has
 * the subscriber, and that manager's open load grows by one without a page load; a task to a
 * manager at capacity is refused with the reason in place.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SupervisorPoolBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    Clock clock;

    HeadlessChromium chromium;
    WebDriver browser;
    long pooled;

    @BeforeEach
    void start() throws IOException {
        SubscriberFixture.load(jdbc, demoUsers);
        MomentsFixture.seedCatalog(jdbc);
        Instant now = clock.instant();
        pooled = jdbc.sql("""
                        insert into tasks (msisdn, due_on, assignee, channel, status, type, priority, not_before, sla_due_at,
                                           created_at, updated_at)
                        values (?, ?, null, 'PHONE_MANAGER', 'NEW', 'BIRTHDAY', 250, ?, ?, ?, ?) returning id
                        """)
                .params(OF_PM01, LocalDate.now(clock), Timestamp.from(now), Timestamp.from(now.plusSeconds(86_400)),
                        Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
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
    void aPoolTaskGoesToAManagerWhoseLoadGrows() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get("http://localhost:" + port + "/workbench/team?lang=en");
        chromium.signIn(wait, "supervisor", PASSWORD);
        By pm01Open = By.cssSelector("#team-load tr[data-username='pm01'] td.open-now");
        wait.until(ExpectedConditions.textToBe(pm01Open, "0"));

        // At capacity (none left): refused, the reason shown, nothing moved.
        jdbc.sql("update staff set daily_capacity = 0 where username = 'pm01'").update();
        new Select(browser.findElement(By.cssSelector("#pool-" + pooled + " select[name=assignee]"))).selectByValue("pm01");
        browser.findElement(By.cssSelector("#pool-" + pooled + " button.assign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wb-message"), "pm01 is at capacity"));
        assertThat(jdbc.sql("select assignee is null from tasks where id = ?").param(pooled).query(Boolean.class).single()).isTrue();

        jdbc.sql("update staff set daily_capacity = 40 where username = 'pm01'").update();
        new Select(browser.findElement(By.cssSelector("#pool-" + pooled + " select[name=assignee]"))).selectByValue("pm01");
        browser.findElement(By.cssSelector("#pool-" + pooled + " button.assign")).click();
        wait.until(ExpectedConditions.textToBe(pm01Open, "1"));
        assertThat(browser.findElements(By.id("pool-" + pooled))).isEmpty();
        assertThat(browser.findElement(By.id("changed")).getText()).contains("Task " + pooled + " assigned to pm01");
        assertThat(jdbc.sql("select assignee || ' ' || status from tasks where id = ?").param(pooled).query(String.class).single())
                .isEqualTo("pm01 ASSIGNED");
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'supervisor' and action = 'task.reassigned'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
