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
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
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
 * pm01's day in headless Chromium: filters the list, opens a task with the subscriber's 360 beside
 * it, records an outcome and sees the counts change without a page load, books a call-back for
 * 10:00 that then shows 10:00 and "not due", in the list too.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PhoneManagerDayBrowserTest {

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
    long birthday;
    long spendDrop;

    @BeforeEach
    void start() throws IOException {
        SubscriberFixture.load(jdbc, demoUsers);
        MomentsFixture.seedCatalog(jdbc);
        jdbc.sql("""
                insert into subscribers values ('13800000002', '赵小红', '440106199202021234', 'F', '1992-02-02', '广州', '海珠',
                  'GOTONE', 'GT58', '2018-03-10', 'ACTIVE', 'NORMAL', null, null)
                """).update();
        jdbc.sql("insert into assignments values ('13800000002', 'PHONE_MANAGER', 'pm01', '2024-01-01')").update();
        LocalDate today = LocalDate.now(clock);
        birthday = task(OF_PM01, "BIRTHDAY", today, 300);
        spendDrop = task("13800000002", "SPEND_DROP", today, 200);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    long task(String msisdn, String type, LocalDate due, double priority) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        insert into tasks (msisdn, due_on, assignee, channel, status, type, priority, not_before, sla_due_at,
                                           created_at, updated_at)
                        values (?, ?, 'pm01', 'PHONE_MANAGER', 'ASSIGNED', ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(msisdn, due, type, priority, Timestamp.from(now), Timestamp.from(now.plusSeconds(3 * 86_400)),
                        Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void filterOpenWithThe360RecordAnOutcomeAndBookACallBackAtTen() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get("http://localhost:" + port + "/workbench?lang=en");
        chromium.signIn(wait, "pm01", PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("row-" + birthday)));
        assertThat(browser.findElement(By.id("count-open")).getText()).isEqualTo("2");
        // Mark the page: a full load would lose the mark.
        ((JavascriptExecutor) browser).executeScript("window.noReload = true;");

        // Filter by moment: the list is swapped, the other task goes.
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("SPEND_DROP");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("row-" + birthday)));
        assertThat(browser.findElement(By.id("row-" + spendDrop)).isDisplayed()).isTrue();
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("row-" + birthday)));

        // Open the task: the card and the 360 beside the list.
        browser.findElement(By.cssSelector("#row-" + birthday + " a.wb-open")).click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel-360")));
        assertThat(panel.getText()).contains("Subscriber 360").contains("全球通 58 元套餐");
        assertThat(browser.findElement(By.id("task-" + birthday)).getText()).contains("张小明").contains("138****0001");

        // An outcome: the counts change without a reload.
        browser.findElement(By.cssSelector("#task-" + birthday + " button[data-outcome='REACHED_ACCEPTED']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("task-" + birthday), "data-status", "DONE"));
        wait.until(ExpectedConditions.textToBe(By.id("count-finished"), "1"));
        wait.until(ExpectedConditions.textToBe(By.id("count-open"), "1"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.noReload === true;")).isEqualTo(true);

        // A call-back at 10:00 tomorrow, Beijing time.
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#row-" + spendDrop + " a.wb-open"))).click();
        WebElement at = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("at-" + spendDrop)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", at, tomorrow + "T10:00");
        browser.findElement(By.cssSelector("#task-" + spendDrop + " button.book-callback")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("task-" + spendDrop), "data-due", "CALLBACK_NOT_DUE"));
        assertThat(browser.findElement(By.id("callback-" + spendDrop)).getText()).contains("Call back at " + tomorrow + " 10:00");
        assertThat(browser.findElement(By.id("task-" + spendDrop)).getText()).contains("10:00 · not due");
        // The list (reloaded by the event) keeps it, at 10:00, not due; the counts say so.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("row-" + spendDrop), "10:00 · not due"));
        wait.until(ExpectedConditions.textToBe(By.id("count-callbacks"), "1"));
        assertThat(browser.findElement(By.id("day-counts")).getText()).contains("1 not yet due");
        assertThat(jdbc.sql("select callback_at from tasks where id = ?").param(spendDrop).query(Timestamp.class).single()
                .toInstant()).isEqualTo(tomorrow.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());

        // And after a reload, still there.
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("row-" + spendDrop), "10:00 · not due"));
    }
}
