package io.manyi.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The account manager opens the groups list in Chromium, follows a group and sees its members' risk
 * drawn (ECharts canvases) beside the tables. {@code -Dmanyi.screenshot=docs/images/group.png} saves the page.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GroupPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;

    HeadlessChromium chromium;
    WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        GroupsFixture.load(jdbc, demoUsers);
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
    void theAccountManagerSeesTheMembersRiskChart() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/groups?month=2025-01&lang=en");
        chromium.signIn(wait, "am01", DemoUsers.PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("广州某制造有限公司"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#risk-bands-chart canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
        assertThat(browser.findElement(By.id("fig-high")).getText()).startsWith("2 / 3");
        assertThat(browser.findElement(By.cssSelector("#members-table a.msisdn")).getText()).isEqualTo("136****0001");
        String target = System.getProperty("manyi.screenshot");
        if (target != null && !target.isBlank()) {
            Path png = Path.of(target).toAbsolutePath();
            Files.createDirectories(png.getParent());
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), png, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
