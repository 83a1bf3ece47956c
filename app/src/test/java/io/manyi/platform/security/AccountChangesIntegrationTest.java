package io.manyi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.Manyi;
import io.manyi.platform.Role;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;

/**
 * Disabling an account or changing its roles, by the CLI (another process in production, the same
 * database write here) or by the API, ends its page sessions and its remembered Basic credentials
 * within about a second: the server polls for changed rows, requests only look at memory.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AccountChangesIntegrationTest {

    private static final String PASSWORD = "right-password";
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    AccountVersions versions;

    @BeforeEach
    void accounts() {
        TestDatabase.truncateAll(jdbc);
        throttle.forgetAll();
        users.add("test", "erin", PASSWORD.toCharArray(), Set.of(Role.ADMIN));
        users.add("test", "boss", PASSWORD.toCharArray(), Set.of(Role.ADMIN));
        // The context is shared with other tests: a pair remembered there for an earlier "erin"
        // (same password, other roles) must be known as stale now, not within the next second.
        versions.poll();
    }

    /** Signs erin in on the form and remembers her Basic credential; both work before the change. */
    private MockHttpSession signedInEverywhere() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("erin").password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/audit").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(httpBasic("erin", PASSWORD))).andExpect(status().isOk());
        return session;
    }

    /** Polls until the condition holds, for at most {@code limit}; how long it took. */
    private static Duration within(Duration limit, Callable<Boolean> condition) throws Exception {
        long start = System.nanoTime();
        while (!condition.call()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited for the change to take effect")
                    .isLessThan(limit);
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private boolean sentToLogin(MockHttpSession session, String page) throws Exception {
        String location = mvc.perform(get(page).session(session)).andReturn().getResponse().getRedirectedUrl();
        return "/login".equals(location);
    }

    private int basicStatus(String user) throws Exception {
        return mvc.perform(get("/api/v1/users").with(httpBasic(user, PASSWORD))).andReturn().getResponse().getStatus();
    }

    private static int cli(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--data-dir";
        full[args.length + 1] = TestDatabase.dataDir().toString();
        return new CommandLine(new Manyi()).execute(full);
    }

    @Test
    void disablingByTheCliEndsTheSessionAndTheRememberedCredential() throws Exception {
        MockHttpSession session = signedInEverywhere();

        assertThat(cli("user", "disable", "erin")).isZero();

        within(PROMPTLY, () -> basicStatus("erin") == 401);
        within(PROMPTLY, () -> sentToLogin(session, "/audit"));
        mvc.perform(formLogin("/login").user("erin").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        // another account's credential and session are untouched
        assertThat(basicStatus("boss")).isEqualTo(200);

        assertThat(cli("user", "enable", "erin")).isZero();
        within(PROMPTLY, () -> basicStatus("erin") == 200);
        assertThat(jdbc.sql("select actor || ' ' || action from audit_log where subject = 'erin' and action like 'user.%' order by id")
                .query(String.class).list())
                .containsExactly("test user.add", "cli:" + System.getProperty("user.name") + " user.disable",
                        "cli:" + System.getProperty("user.name") + " user.enable");
    }

    @Test
    void changingRolesByTheCliEndsTheSessionAndTheRememberedCredentialTakesTheNewRoles() throws Exception {
        MockHttpSession session = signedInEverywhere();

        assertThat(cli("user", "roles", "erin", "--role", "AGENT,SUPERVISOR")).isZero();

        within(PROMPTLY, () -> basicStatus("erin") == 403); // signed in again from the row: no longer ADMIN
        within(PROMPTLY, () -> sentToLogin(session, "/audit"));
        MockHttpSession again = (MockHttpSession) mvc.perform(formLogin("/login").user("erin").password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/audit").session(again)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(again)).andExpect(status().isOk());
        assertThat(jdbc.sql("select detail from audit_log where action = 'user.roles'").query(String.class).single())
                .isEqualTo("roles=AGENT,SUPERVISOR was=ADMIN");
        assertThat(cli("user", "roles", "erin", "--role", "JANITOR")).isNotZero();
        assertThat(cli("user", "disable", "nobody")).isNotZero();
    }

    @Test
    void theApiDisablesAndReRolesLikewise() throws Exception {
        MockHttpSession session = signedInEverywhere();

        mvc.perform(put("/api/v1/users/erin").with(httpBasic("boss", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"));

        within(PROMPTLY, () -> basicStatus("erin") == 401);
        within(PROMPTLY, () -> sentToLogin(session, "/"));

        mvc.perform(put("/api/v1/users/erin").with(httpBasic("boss", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": true, \"roles\": [\"ANALYST\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.roles[0]").value("ANALYST"));
        within(PROMPTLY, () -> basicStatus("erin") == 403);

        mvc.perform(get("/api/v1/users").with(httpBasic("boss", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.items[?(@.username == 'erin')].roles[0]").value("ANALYST"));
        assertThat(jdbc.sql("select actor || ' ' || action || ' ' || detail from audit_log where subject = 'erin' "
                        + "and action in ('user.disable', 'user.enable', 'user.roles') order by id").query(String.class).list())
                .containsExactly("boss user.disable roles=ADMIN", "boss user.roles roles=ANALYST was=ADMIN",
                        "boss user.enable roles=ANALYST");
    }

    @Test
    void theApiNamesTheBadFieldAndRefusesUnknownUsersOthersAndSelfLockout() throws Exception {
        String[][] bad = {
                {"{\"enabled\": \"yes\"}", "enabled"},
                {"{\"enabled\": null}", "enabled"},
                {"{\"roles\": []}", "roles"},
                {"{\"roles\": \"ADMIN\"}", "roles"},
                {"{\"roles\": [\"JANITOR\"]}", "roles"},
                {"{\"colour\": \"red\"}", "colour"},
        };
        for (String[] body : bad) {
            mvc.perform(put("/api/v1/users/erin").with(httpBasic("boss", PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(body[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(body[1]))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(body[1])));
        }
        mvc.perform(put("/api/v1/users/erin").with(httpBasic("boss", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/users/erin").with(httpBasic("boss", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/users/nobody").with(httpBasic("boss", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/users/boss").with(httpBasic("boss", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\": [\"AGENT\"]}"))
                .andExpect(status().isConflict());

        users.add("test", "ann", PASSWORD.toCharArray(), Set.of(Role.SUPERVISOR));
        mvc.perform(get("/api/v1/users").with(httpBasic("ann", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/users/erin").with(httpBasic("ann", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false}"))
                .andExpect(status().isForbidden());

        assertThat(users.find("erin").enabled()).isTrue();
        assertThat(users.find("boss").roles()).containsExactly(Role.ADMIN);
    }
}
