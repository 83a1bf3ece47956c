package io.manyi.platform.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every link of the header's navigation, for every role of the demo, in both languages: it opens
 * (200, never a 403 or a 500), no page shows a {@code ??key??} placeholder, and no page's text
 * shows a raw code: the name of a constant of one of our enums (OPEN, HIGH, CHURN_RISK_HIGH...)
 * where a word should be (issue 14).
 */
@IntegrationTest
@AutoConfigureMockMvc
class NavigationCrawlIntegrationTest {

    /** The demo's people, one per role. */
    static final Map<String, String> ROLES = Map.of("admin", "ADMIN", "analyst", "ANALYST", "supervisor", "SUPERVISOR",
            "agent", "AGENT", "pm01", "PHONE_MANAGER", "am01", "ACCOUNT_MANAGER", "hall01", "HALL_CLERK");
    static final Pattern NAV = Pattern.compile("<nav class=\"nav\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
    static final Pattern LINK = Pattern.compile("<a [^>]*href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @BeforeEach
    void province() {
        SubscriberFixture.load(jdbc, demoUsers);
    }

    @Test
    void everyRoleOpensEveryLinkOfItsNavigation() throws Exception {
        List<String> failures = new ArrayList<>();
        int opened = 0;
        for (var person : ROLES.entrySet()) {
            for (String lang : List.of("zh", "en")) {
                List<String> links = links(page(person, "/", lang));
                assertThat(links).as(person.getKey() + "'s navigation").isNotEmpty();
                for (String link : links) {
                    MockHttpServletResponse answer = page(person, link, lang);
                    opened++;
                    String body = answer.getContentAsString();
                    List<String> codes = RawCodes.shownIn(body);
                    if (answer.getStatus() != 200 || body.contains("??") || !codes.isEmpty()) {
                        failures.add(person.getKey() + " " + lang + " " + link + ": " + answer.getStatus()
                                + (body.contains("??") ? " (shows ??)" : "") + (codes.isEmpty() ? "" : " shows codes " + codes));
                    }
                }
            }
        }
        assertThat(failures).as("of " + opened + " links opened").isEmpty();
    }

    private MockHttpServletResponse page(Map.Entry<String, String> person, String path, String lang) throws Exception {
        return mvc.perform(get(path.replace("&amp;", "&")).param("lang", lang)
                        .with(user(person.getKey()).roles(person.getValue())))
                .andReturn().getResponse();
    }

    static List<String> links(MockHttpServletResponse home) throws Exception {
        Matcher nav = NAV.matcher(home.getContentAsString());
        List<String> links = new ArrayList<>();
        if (nav.find()) {
            Matcher link = LINK.matcher(nav.group(1));
            while (link.find()) {
                links.add(link.group(1));
            }
        }
        return links;
    }
}
