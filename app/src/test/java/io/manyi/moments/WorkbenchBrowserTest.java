package io.manyi.moments;

import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
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
import org.openqa.selenium.StaleElementReferenceException;
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
 * The workbench in headless Chromium: a closed complaint becomes a call-back on pm02's day; pm02
 * signs in, sees why and the script with the number masked, reveals it (audited) and records the
 * outcome with one click, without a page load.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WorkbenchBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    MomentEvents events;

    HeadlessChromium chromium;
    WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        MomentsFixture.load(jdbc, demoUsers);
        jdbc.sql("""
                insert into domain_events (type, subject, payload, dedup_key, occurred_at)
                values ('ComplaintClosed', ?, cast(? as jsonb), 'c:T77', now())
                """).params(OF_PM02, "{\"ticketId\":77,\"category\":\"计费争议\",\"severity\":\"HIGH\"}").update();
        events.poll();
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
    void phoneManagerSeesWhyRevealsTheNumberAndRecordsTheOutcome() {
        long id = jdbc.sql("select id from tasks where msisdn = ?").param(OF_PM02).query(Long.class).single();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // htmx swaps a card in place after a click: a condition that found the old card and reads it
        // after the swap meets a stale element, which only means "look again".
        wait.ignoring(StaleElementReferenceException.class);
        browser.get("http://localhost:" + port + "/workbench?lang=en");
        chromium.signIn(wait, "pm02", PASSWORD);

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#row-" + id + " a.wb-open"))).click();
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-" + id)));
        assertThat(card.getText()).contains("139****5678").contains("Why now")
                .contains("your complaint (计费争议, ticket 77) was closed").contains("Hello 李四海");
        assertThat(browser.getPageSource()).doesNotContain(OF_PM02);

        card.findElement(By.cssSelector("button.reveal")).click();
        wait.until(ExpectedConditions.textToBe(By.id("number-" + id), OF_PM02));
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'pm02' and action = 'task.reveal-number'")
                .query(Long.class).single()).isEqualTo(1);

        String url = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("#task-" + id + " button[data-outcome='REACHED_ACCEPTED']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("task-" + id), "data-status", "DONE"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-" + id), "Reached, accepted"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url);
        assertThat(jdbc.sql("select status || ' ' || outcome from tasks where id = ?").param(id).query(String.class).single())
                .isEqualTo("DONE REACHED_ACCEPTED");
    }
}
