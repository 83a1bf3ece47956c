package io.manyi.moments;

import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    private static final String CHROMIUM = "/usr/bin/chromium";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    MomentEvents events;

    WebDriver browser;
    Path profile;

    @BeforeEach
    void start() throws IOException {
        MomentsFixture.load(jdbc, demoUsers);
        jdbc.sql("""
                insert into domain_events (type, subject, payload, dedup_key, occurred_at)
                values ('ComplaintClosed', ?, cast(? as jsonb), 'c:T77', now())
                """).params(OF_PM02, "{\"ticketId\":\"T77\",\"category\":\"计费争议\",\"severity\":\"HIGH\"}").update();
        events.poll();
        profile = Files.createTempDirectory("manyi-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1360,1800", "--user-data-dir=" + profile);
        String driver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void phoneManagerSeesWhyRevealsTheNumberAndRecordsTheOutcome() {
        long id = jdbc.sql("select id from tasks where msisdn = ?").param(OF_PM02).query(Long.class).single();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/workbench?lang=en");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("pm02");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();

        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-" + id)));
        assertThat(card.getText()).contains("139****5678").contains("Why now")
                .contains("your complaint (计费争议, ticket T77) was closed").contains("Hello 李四海");
        assertThat(browser.getPageSource()).doesNotContain(OF_PM02);

        card.findElement(By.cssSelector("button.reveal")).click();
        wait.until(ExpectedConditions.textToBe(By.id("number-" + id), OF_PM02));
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'pm02' and action = 'task.reveal-number'")
                .query(Long.class).single()).isEqualTo(1);

        String url = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("#task-" + id + " button[data-outcome='REACHED_ACCEPTED']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("task-" + id), "data-status", "DONE"));
        assertThat(browser.findElement(By.id("task-" + id)).getText()).contains("Reached, accepted");
        assertThat(browser.getCurrentUrl()).isEqualTo(url);
        assertThat(jdbc.sql("select status || ' ' || outcome from tasks where id = ?").param(id).query(String.class).single())
                .isEqualTo("DONE REACHED_ACCEPTED");
    }
}
