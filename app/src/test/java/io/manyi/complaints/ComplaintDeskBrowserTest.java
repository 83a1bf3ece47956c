package io.manyi.complaints;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * The complaint desk in headless Chromium, as a 10086 agent uses it: type the number (htmx shows
 * the subscriber's stars), search the category tree and pick a cause, log the complaint, land on
 * the ticket with its SLA due time and the six steps; then an analyst's Pareto chart draws the
 * causes of the imported complaints.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ComplaintDeskBrowserTest {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    @Autowired
    ImportedComplaints imported;

    HeadlessChromium chromium;
    WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        ComplaintFixture.load(jdbc, demoUsers, seed);
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
    void anAgentLogsAComplaintAndSeesItsSla() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/complaints?lang=en");
        chromium.signIn(wait, "agent", PASSWORD);

        browser.findElement(By.name("msisdn")).sendKeys(ComplaintFixture.FOUR_STARS);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscriber"), "4 stars"));
        browser.findElement(By.name("q")).sendKeys("Monternet");
        // The picker narrows to the Monternet causes (the hall causes drop out of the list).
        By cause = By.cssSelector("#categories input[value='NS_MONTERNET_UNKNOWING']");
        wait.until(ExpectedConditions.elementToBeClickable(cause));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#categories input[value='HALL_WAIT']")));
        browser.findElement(cause).click();
        new Select(browser.findElement(By.name("severity"))).selectByValue("HIGH");
        browser.findElement(By.name("description")).sendKeys("客户称未订购梦网业务却被扣费");
        browser.findElement(By.cssSelector("#new-ticket button[type=submit]")).click();

        wait.until(ExpectedConditions.urlMatches("/complaints/\\d+"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/complaints/(\\d+).*", "$1"));
        Timestamp due = jdbc.sql("select sla_due_at from tickets where id = ? and category = 'NS_MONTERNET_UNKNOWING' and severity = 'HIGH'")
                .param(id).query(Timestamp.class).single();
        String shown = due.toInstant().atZone(ZoneId.of("Asia/Shanghai")).format(MINUTES);
        WebElement facts = browser.findElement(By.cssSelector("dl.facts"));
        assertThat(facts.getText()).contains("SLA due", shown, "high", "客户称未订购梦网业务却被扣费");
        assertThat(browser.findElements(By.cssSelector("ol.timeline li"))).hasSize(6);
        // An agent calls back, so sees the number in clear (docs/security.md) and the read is audited.
        assertThat(facts.getText()).contains(ComplaintFixture.FOUR_STARS);
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'agent'").query(Long.class).single()).isPositive();
    }

    @Test
    void anAnalystSeesTheParetoOfCauses() {
        jdbc.sql("""
                insert into complaints values
                  ('C7', '13800000001', 'HOTLINE', 'NETWORK_SLOW', 'HIGH', '2024-12-03 10:00', '2024-12-03 12:00', '网速慢'),
                  ('C8', '13800000001', 'HOTLINE', 'NETWORK_SLOW', 'LOW', '2024-12-05 10:00', '2024-12-05 11:00', '网速慢'),
                  ('C9', '13800000001', 'HALL', 'HALL_WAIT', 'LOW', '2024-12-06 10:00', '2024-12-06 10:30', '排队')
                """).update();
        imported.adoptAll();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/complaints/analysis?from=2024-01-01&to=2024-12-31&lang=en");
        chromium.signIn(wait, "analyst", PASSWORD);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pareto-chart canvas")));
        Object bars = ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('pareto-chart')).getOption().series[0].data;");
        assertThat(bars.toString()).startsWith("[2, 1");
    }
}
