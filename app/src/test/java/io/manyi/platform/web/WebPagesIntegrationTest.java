package io.manyi.platform.web;

import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The pages: sign-in, language, search, the 360, the audit page, static assets. */
@IntegrationTest
@AutoConfigureMockMvc
class WebPagesIntegrationTest {

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
    void pagesNeedASignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        // htmx gets a redirect instruction, not the login page inside the results table
        mvc.perform(get("/subscribers").param("q", "139").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void loginPageIsOurOwnAndChineseByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("用户名"), containsString("name=\"_csrf\""),
                        containsString("/assets/css/manyi.css"))))
                // outside the demo profile the page tells no password
                .andExpect(content().string(not(containsString("<code>demo</code>"))));
    }

    @Test
    void languageSwitchesToEnglishAndStaysThereByCookie() throws Exception {
        Cookie lang = mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("User name")))
                .andExpect(cookie().value("manyi-lang", "en"))
                .andReturn().getResponse().getCookie("manyi-lang");
        mvc.perform(get("/login").cookie(lang))
                .andExpect(content().string(allOf(containsString("User name"), not(containsString("用户名")))));
        mvc.perform(get("/login").param("lang", "zh"))
                .andExpect(content().string(containsString("用户名")));
    }

    @Test
    void signingInWorksAndIsAudited() throws Exception {
        mvc.perform(formLogin("/login").user("pm02").password(PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("pm02").password("nope"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select action from audit_log where subject = 'pm02' order by id").query(String.class).list())
                .containsExactly("login", "login.failed");
    }

    @Test
    void signingOutIsAudited() throws Exception {
        mvc.perform(logout().logoutUrl("/logout")).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/logout")
                        .with(user("pm02").roles("PHONE_MANAGER"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'logout' and actor = 'pm02'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theShellShowsUserRoleAndTheNavigationTheRoleMayOpen() throws Exception {
        mvc.perform(get("/").with(user("pm02").roles("PHONE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("pm02"), containsString("电话经理"), not(containsString("PHONE_MANAGER")),
                        containsString("工作台"), containsString("退出"),
                        not(containsString("href=\"/audit\"")), not(containsString("href=\"/surveys\"")))));
        mvc.perform(get("/").param("lang", "en").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(allOf(containsString("Workbench"), containsString("href=\"/surveys\""),
                        containsString("href=\"/audit\""))));
    }

    @Test
    void searchAsYouTypeReturnsOnlyTheTableWithLinksThatHideTheNumber() throws Exception {
        mvc.perform(get("/subscribers").param("q", "5678").header("HX-Request", "true")
                        .with(user("pm02").roles("PHONE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("139****5678"), not(containsString(OF_PM02)),
                        not(containsString("<html")), containsString("href=\"/subscribers/"))));
        // the same address without htmx is a whole page
        mvc.perform(get("/subscribers").param("q", "5678").with(user("pm02").roles("PHONE_MANAGER")))
                .andExpect(content().string(allOf(containsString("<html"), containsString("139****5678"))));
    }

    @Test
    void pagesRefuseFramingInlineScriptAndFormsWithoutACsrfToken() throws Exception {
        mvc.perform(get("/").with(user("agent").roles("AGENT")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
        // what a user typed comes back escaped, never as markup
        mvc.perform(get("/subscribers").param("q", "<script>alert(1)</script>").with(user("agent").roles("AGENT")))
                .andExpect(content().string(allOf(not(containsString("<script>alert(1)")),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))));
        // a page's form posted without its token changes nothing
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/complaints")
                        .param("msisdn", OF_PM02).param("channel", "HOTLINE").param("severity", "LOW")
                        .param("description", "x").with(user("agent").roles("AGENT")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from tickets").query(Long.class).single()).isZero();
    }

    @Test
    void aManagersFullNumberOutsideTheBookIsNotRepeatedByTheSearchPage() throws Exception {
        mvc.perform(get("/subscribers").param("q", OF_PM02).with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("您的客户名单中没有这个号码"), not(containsString(OF_PM02)),
                        not(containsString("139****5678")), not(containsString("李四海")))));
        mvc.perform(get("/subscribers").param("q", OF_PM02).header("HX-Request", "true")
                        .with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("您的客户名单中没有这个号码"), not(containsString(OF_PM02)))));
        // their own subscriber's number is found as before
        mvc.perform(get("/subscribers").param("q", OF_PM02).with(user("pm02").roles("PHONE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("139****5678")));
    }

    @Test
    void the360PageMasksForAPhoneManagerAndRefusesOthersBooks() throws Exception {
        mvc.perform(get("/subscribers/" + OF_PM02).with(user("pm02").roles("PHONE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("139****5678"), not(containsString(OF_PM02)),
                        containsString("usage-chart"), containsString("未确认"), containsString("李强"),
                        containsString("广州某科技有限公司"), containsString("计费争议"))));
        mvc.perform(get("/subscribers/" + OF_PM02).with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/subscribers/" + OF_PM02).with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(content().string(containsString(OF_PM02)));
    }

    @Test
    void auditPageIsForAdmins() throws Exception {
        mvc.perform(get("/subscribers/" + OF_PM02).with(user("pm02").roles("PHONE_MANAGER")));
        mvc.perform(get("/audit").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("subscriber.view"), containsString(OF_PM02))));
        mvc.perform(get("/audit").with(user("pm02").roles("PHONE_MANAGER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void assetsAndHealthArePublic() throws Exception {
        mvc.perform(get("/assets/css/manyi.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"status\":\"UP\"")));
    }

    @Test
    void aUserWithoutAKnownRoleReachesNothing() throws Exception {
        jdbc.sql("insert into users values ('nobody', (select password_hash from users where username = 'admin'), 'JANITOR', true)")
                .update();
        mvc.perform(get("/api/v1/subscribers").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("nobody", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyResponseCarriesARequestId() throws Exception {
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        mvc.perform(get("/login")).andExpect(header().string("X-Request-Id", matchesPattern(uuid)));
        mvc.perform(get("/login").header("X-Request-Id", "abc-123.x"))
                .andExpect(header().string("X-Request-Id", "abc-123.x"));
        // not a token we accept: replaced, never echoed into logs and audit as given
        mvc.perform(get("/login").header("X-Request-Id", "bad id\r\nwith spaces"))
                .andExpect(header().string("X-Request-Id", matchesPattern(uuid)));
    }
}
