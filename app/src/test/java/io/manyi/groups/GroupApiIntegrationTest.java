package io.manyi.groups;

import static io.manyi.groups.GroupsFixture.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Who sees which groups, masking by role, audit, and the pages. */
@IntegrationTest
@AutoConfigureMockMvc
class GroupApiIntegrationTest {

    private static final String PASSWORD = DemoUsers.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    PhoneManagerAssignment assignment;

    @BeforeEach
    void province() {
        GroupsFixture.load(jdbc, demoUsers);
        assignment.assign(GroupsFixture.DAY);
    }

    @Test
    void eachRoleSeesItsGroups() throws Exception {
        mvc.perform(get("/api/v1/groups?month=2025-01").with(httpBasic("am01", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].groupId", containsInAnyOrder("G001", "GB1")))
                .andExpect(jsonPath("$.items[?(@.groupId == 'GB1')].figures.members").value(3));
        mvc.perform(get("/api/v1/groups").with(httpBasic("pm01", PASSWORD)))
                .andExpect(jsonPath("$.items[*].groupId", containsInAnyOrder("GC1")))
                .andExpect(jsonPath("$.items[0].managerRole").value("PHONE_MANAGER"));
        mvc.perform(get("/api/v1/groups?class=C").with(httpBasic("analyst", PASSWORD)))
                .andExpect(jsonPath("$.items[*].groupId", containsInAnyOrder("GC1", "GC2")));
        mvc.perform(get("/api/v1/groups?manager=am01").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(jsonPath("$.items[*].groupId", containsInAnyOrder("G001", "GB1")));
        mvc.perform(get("/api/v1/groups").with(httpBasic("agent", PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void aGroupOutsideTheScopeIsRefusedAndAnUnknownOneIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/groups/GC1").with(httpBasic("am01", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/groups/GB1").with(httpBasic("pm01", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/groups/GC2").with(httpBasic("pm01", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/groups/NOPE").with(httpBasic("supervisor", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/groups/GB1?month=01-2025").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void membersAreMaskedPerRoleAndEveryReadIsAudited() throws Exception {
        mvc.perform(get("/api/v1/groups/GB1?month=2025-01").with(httpBasic("am01", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.group.figures.highRisk").value(2))
                .andExpect(jsonPath("$.group.figures.highRiskShare").value(org.hamcrest.Matchers.closeTo(2 / 3.0, 1e-9)))
                .andExpect(jsonPath("$.memberCount").value(5))
                // The riskiest first among those still there: 1 (0.8), 5 (0.6), 2 (0.2); then who left.
                .andExpect(jsonPath("$.members[0].msisdn").value("136****0001"))
                .andExpect(jsonPath("$.members[0].name").value("成员1"))
                .andExpect(jsonPath("$.members[1].msisdn").value("136****0005"))
                .andExpect(jsonPath("$.riskBands[8]").value(1))
                .andExpect(jsonPath("$.riskBands[6]").value(1))
                .andExpect(jsonPath("$.riskBands[2]").value(1));
        mvc.perform(get("/api/v1/groups/GB1?month=2025-01").with(httpBasic("analyst", PASSWORD)))
                .andExpect(jsonPath("$.members[0].msisdn").value("136****0001"))
                .andExpect(jsonPath("$.members[0].name").value(org.hamcrest.Matchers.not("成员1")));
        mvc.perform(get("/api/v1/groups/GB1?month=2025-01").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(jsonPath("$.members[0].msisdn").value(n(1)));
        String audited = jdbc.sql("select detail from audit_log where action = 'groups.view' and actor = 'am01'")
                .query(String.class).single();
        assertThat(audited).contains(n(1)).contains(n(5)).contains("month=2025-01");
    }

    @Test
    void analystsChangeTheHighRiskThresholdWithAReason() throws Exception {
        String body = "{\"highRiskProbability\": 0.7, \"phoneManagerCapacity\": 1000}";
        mvc.perform(put("/api/v1/groups/settings").contentType("application/json").content(body)
                .with(httpBasic("am01", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/groups/settings").contentType("application/json").content(body)
                .with(httpBasic("analyst", PASSWORD))).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/groups/settings").contentType("application/json").content(body)
                        .header("X-Reason", "only the clearest cases").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.highRiskProbability").value(0.7));
        mvc.perform(get("/api/v1/groups/GB1?month=2025-01").with(httpBasic("am01", PASSWORD)))
                .andExpect(jsonPath("$.group.figures.highRisk").value(1));
        mvc.perform(put("/api/v1/groups/settings").contentType("application/json")
                        .content("{\"highRiskProbability\": 1.5, \"phoneManagerCapacity\": 0}")
                        .header("X-Reason", "x").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePagesShowTheListAndTheGroupsRisk() throws Exception {
        mvc.perform(get("/groups?month=2025-01").with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("广州某制造有限公司")))
                .andExpect(content().string(containsString("/groups/GC2")));
        mvc.perform(get("/groups/GB1?month=2025-01").with(user("am01").roles("ACCOUNT_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("risk-bands-chart")))
                .andExpect(content().string(containsString("136****0005")))
                .andExpect(content().string(containsString("id=\"group-data\"")));
        mvc.perform(get("/groups/GB1").with(user("pm01").roles("PHONE_MANAGER"))).andExpect(status().isForbidden());
    }
}
