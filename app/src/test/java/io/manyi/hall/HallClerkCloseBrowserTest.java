package io.manyi.hall;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hall clerk's evening, in headless Chromium (issue 14): count the till, the cards and the blank
 * invoices, meet the one difference the count shows, explain it, and close the day; the closed
 * day says who closed it and when, in the operator's time.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HallClerkCloseBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    Clock clock;

    @Value("${manyi.time-zone}")
    ZoneId zone;

    HeadlessChromium chromium;
    WebDriver browser;
    LocalDate day;

    @BeforeEach
    void start() throws IOException {
        day = LocalDate.now(clock).minusDays(1);
        HallFixture.load(jdbc, demoUsers, day);
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
    void aClerkCountsExplainsTheDifferenceAndClosesTheDay() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/halls/H1/days/" + day + "?lang=en");
        chromium.signIn(wait, "clerk1", DemoUsers.PASSWORD);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#close form")));

        // ¥10 short in cash; everything else as the system expects.
        form.findElement(By.name("cash.CASH")).sendKeys("90.00");
        form.findElement(By.name("cash.WECHAT")).sendKeys("50.50");
        form.findElement(By.name("stock.SIM")).sendKeys("105-149");
        form.findElement(By.name("unusedInvoices")).sendKeys("1003-1099");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refused")));
        assertThat(refused.findElements(By.tagName("li"))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from hall_day_closes").query(Long.class).single()).isZero();

        // What was counted stays in the form; only the explanation is to write.
        WebElement again = browser.findElement(By.cssSelector("#close form"));
        assertThat(again.findElement(By.name("cash.CASH")).getAttribute("value")).isEqualTo("90.00");
        again.findElement(By.name("explain.cash.CASH")).sendKeys("change given twice; the clerk made it good");
        again.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement closed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("closed")));
        ZonedDateTime closedAt = jdbc.sql("select closed_at from hall_day_closes where hall_id = 'H1'")
                .query(java.sql.Timestamp.class).single().toInstant().atZone(zone);
        assertThat(closed.findElement(By.tagName("h2")).getText())
                .contains("clerk1", closedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        assertThat(browser.findElements(By.cssSelector("#close form"))).isEmpty();
        assertThat(jdbc.sql("select count(*) from hall_day_closes").query(Long.class).single()).isOne();
    }
}
