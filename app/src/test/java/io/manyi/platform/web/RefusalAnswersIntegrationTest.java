package io.manyi.platform.web;

import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A refused page, through the real servlet container and its error dispatch (MockMvc does not
 * render those): whatever the client asks for (a page, JSON), the answer names nothing of the
 * subscriber, not even the path that holds their number.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RefusalAnswersIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @BeforeEach
    void province() {
        SubscriberFixture.load(jdbc, demoUsers);
    }

    @Test
    void aPageRefusedToAManagerNamesNothingOfTheSubscriber() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "pm01");
        for (String accept : new String[] {"text/html", "application/json", "*/*"}) {
            HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(uri("/subscribers/" + OF_PM02))
                    .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(accept).isEqualTo(403);
            assertThat(refused.body()).as(accept).doesNotContain(OF_PM02, "139****5678", "李四海");
        }
    }

    private void signIn(HttpClient browser, String username) throws Exception {
        String login = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
