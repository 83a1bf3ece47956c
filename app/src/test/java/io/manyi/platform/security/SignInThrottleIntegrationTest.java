package io.manyi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.Role;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "After 10 wrong passwords for one account within 15 minutes, further attempts for it (right or
 * wrong, form or Basic) get 429 with Retry-After until the window passes", and 50 wrong passwords
 * from one address across accounts likewise. The clock is the test's, moved on by hand.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SignInThrottleIntegrationTest {

    private static final String PASSWORD = "right-password";

    /** The system clock plus an offset the test moves on. */
    static final class MovableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    MovableClock clock;

    @BeforeEach
    void accounts() {
        TestDatabase.truncateAll(jdbc);
        throttle.forgetAll();
        users.add("test", "carol", PASSWORD.toCharArray(), Set.of(Role.ADMIN));
        users.add("test", "dave", PASSWORD.toCharArray(), Set.of(Role.ADMIN));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The form's POST, for when the request needs more than formLogin() offers. */
    private static MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }

    @Test
    void tenWrongPasswordsThrottleTheAccountOnBothDoorsEvenWithARememberedCredential() throws Exception {
        // A Basic credential remembered before the failures (RememberedApiCredentials)
        mvc.perform(get("/api/v1/users").with(httpBasic("carol", PASSWORD))).andExpect(status().isOk());

        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("carol").password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
            mvc.perform(get("/api/v1/users").with(httpBasic("carol", "wrong-" + i))).andExpect(status().isUnauthorized());
        }

        // right password, form: the login page with 429, Retry-After and the reason, in Chinese by default
        mvc.perform(formLogin("/login").user("carol").password(PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("(8[5-9]\\d|900)")))
                .andExpect(content().string(allOf(containsString("登录失败次数过多"), containsString("15 分钟"),
                        containsString("name=\"_csrf\""))));
        mvc.perform(signIn("carol", PASSWORD).cookie(new jakarta.servlet.http.Cookie("manyi-lang", "en")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Too many failed sign-ins")));
        // right password, Basic, remembered: 429 problem, no Basic challenge
        mvc.perform(get("/api/v1/users").with(httpBasic("carol", PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(429));
        mvc.perform(get("/api/v1/users").with(httpBasic("carol", "wrong-again"))).andExpect(status().isTooManyRequests());

        // another account, same address, is unaffected
        mvc.perform(get("/api/v1/users").with(httpBasic("dave", PASSWORD))).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user("dave").password(PASSWORD)).andExpect(redirectedUrl("/"));

        // one second before the window passes: still refused; after it: the right password works
        clock.advance(Duration.ofMinutes(15).minusSeconds(5));
        mvc.perform(get("/api/v1/users").with(httpBasic("carol", PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d")));
        clock.advance(Duration.ofSeconds(10));
        mvc.perform(get("/api/v1/users").with(httpBasic("carol", PASSWORD))).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user("carol").password(PASSWORD)).andExpect(redirectedUrl("/"));

        assertThat(jdbc.sql("select action from audit_log where subject = 'carol' and action like 'login.throttle%' order by id")
                .query(String.class).list())
                // the start once; refused attempts at most once a minute (the first, then the one 15 min later)
                .containsExactly("login.throttle.started", "login.throttled", "login.throttled");
        assertThat(jdbc.sql("select detail from audit_log where action = 'login.throttled' order by id limit 1")
                .query(String.class).single()).contains("by=account", "refused=1", "door=form");
        // refused attempts are not counted as wrong passwords
        assertThat(jdbc.sql("select count(*) from audit_log where subject = 'carol' and action = 'login.failed'")
                .query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void fiftyWrongPasswordsFromOneAddressThrottleItForEveryAccount() throws Exception {
        for (int i = 0; i < 50; i++) { // 50 names, none near its own limit of 10
            mvc.perform(get("/api/v1/users").with(httpBasic("guess" + i, "wrong")).with(from("10.1.1.1")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/users").with(httpBasic("dave", PASSWORD)).with(from("10.1.1.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(signIn("dave", PASSWORD).with(from("10.1.1.1")))
                .andExpect(status().isTooManyRequests());
        // the same account from another address is fine
        mvc.perform(get("/api/v1/users").with(httpBasic("dave", PASSWORD)).with(from("10.1.1.2")))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select subject from audit_log where action = 'login.throttle.started'").query(String.class).list())
                .containsExactly("10.1.1.1");
        assertThat(jdbc.sql("select detail from audit_log where action = 'login.throttled'").query(String.class).list())
                .singleElement().asString().contains("by=address", "address=10.1.1.1");

        clock.advance(Duration.ofMinutes(16));
        mvc.perform(get("/api/v1/users").with(httpBasic("dave", PASSWORD)).with(from("10.1.1.1")))
                .andExpect(status().isOk());
    }
}
