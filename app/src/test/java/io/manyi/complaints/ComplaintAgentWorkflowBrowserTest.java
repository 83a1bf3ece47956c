package io.manyi.complaints;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.HeadlessChromium;
import io.manyi.testing.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A complaint agent's day on screen (issue 14): log a complaint on the desk, record the six steps
 * with a remedy in points, close it; the closure publishes ComplaintClosed and sends the customer a
 * satisfaction survey; a low score in reply (the survey reply API, as the SMS gateway posts it)
 * opens the callback.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ComplaintAgentWorkflowBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    HeadlessChromium chromium;
    WebDriver browser;
    final HttpClient http = HttpClient.newHttpClient();

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

    private String api(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        request = body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isBetween(200, 299);
        return response.body();
    }

    @Test
    void anAgentLogsWorksAndClosesAComplaintAndTheSurveyAndCallbackFollow() throws Exception {
        String msisdn = ComplaintFixture.NO_STARS;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/complaints?lang=en");
        chromium.signIn(wait, "agent", PASSWORD);

        // log it
        browser.findElement(By.name("msisdn")).sendKeys(msisdn);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscriber"), "stars"));
        browser.findElement(By.name("q")).sendKeys("billing error");
        By cause = By.cssSelector("#categories input[value='BILLING_ERROR']");
        // the list narrows to the search before the cause is picked
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#categories input[name=category]"), 3));
        wait.until(ExpectedConditions.elementToBeClickable(cause)).click();
        wait.until(ExpectedConditions.elementSelectionStateToBe(cause, true));
        browser.findElement(By.name("description")).sendKeys("客户称本月多扣了彩铃费");
        browser.findElement(By.cssSelector("#new-ticket button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/complaints/\\d+"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/complaints/(\\d+).*", "$1"));

        // the six steps, each from its form; the remedy in points; the customer agrees
        for (int step = 1; step <= 6; step++) {
            WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[data-step='" + step + "']")));
            form.findElement(By.name("note")).sendKeys("第" + step + "步：已与客户沟通");
            if (step == 4) {
                form.findElement(By.name("remedyText")).sendKeys("赠送积分作为补偿");
                form.findElement(By.name("points")).sendKeys("300");
            }
            if (step == 5) {
                form.findElement(By.name("agreed")).click();
            }
            form.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.stalenessOf(form));
        }
        WebElement facts = browser.findElement(By.cssSelector("dl.facts"));
        assertThat(facts.getText()).contains("300 points", "agrees to the remedy");
        assertThat(browser.findElements(By.cssSelector("ol.timeline li.done"))).hasSize(6);

        // close it
        WebElement close = browser.findElement(By.cssSelector("form[data-action='close']"));
        close.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(close));
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("closed");
        assertThat(browser.findElements(By.cssSelector("form[data-action='reopen']"))).hasSize(1);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("points credited", "points: 300");
        assertThat(JsonPath.<String>read(api("GET", "/api/v1/tickets/" + id, null), "$.status")).isEqualTo("CLOSED");

        // the closure's event, with the ticket (the outbox is what the key moments and webhooks read)
        String event = jdbc.sql("select payload::text from domain_events where type = 'ComplaintClosed' and subject = ?")
                .param(msisdn).query(String.class).single();
        assertThat(JsonPath.<Integer>read(event, "$.ticketId")).isEqualTo((int) id);

        // the survey the closure sent, as the survey API lists it
        String surveys = api("GET", "/api/v1/surveys?status=SENT&msisdn=" + msisdn, null);
        List<Map<String, Object>> sent = JsonPath.read(surveys, "$.items[?(@.ticketId == " + id + ")]");
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().get("touchpoint")).isEqualTo("COMPLAINT_CLOSED");
        int surveyId = (Integer) sent.getFirst().get("id");

        // the customer answers 2 out of 10 by SMS: a low score opens the callback
        String reply = api("POST", "/api/v1/surveys/replies", "{\"msisdn\": \"" + msisdn + "\", \"text\": \"2\"}");
        assertThat(JsonPath.<Boolean>read(reply, "$.lowScore")).isTrue();
        String callbacks = api("GET", "/api/v1/callbacks?status=OPEN&msisdn=" + msisdn, null);
        assertThat(JsonPath.<List<Object>>read(callbacks, "$.items[?(@.reason == 'LOW_SURVEY_SCORE' && @.surveyId == " + surveyId + ")]"))
                .hasSize(1);
        // and the closure's own callback, due within the callback window
        assertThat(JsonPath.<List<Object>>read(callbacks, "$.items[?(@.reason == 'COMPLAINT_CLOSED' && @.ticketId == " + id + ")]"))
                .hasSize(1);
    }
}
