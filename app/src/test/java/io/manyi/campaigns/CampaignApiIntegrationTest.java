package io.manyi.campaigns;

import static io.manyi.campaigns.CampaignFixture.DAY;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import java.util.List;
import io.manyi.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The campaign API's contract, masking by role, and uplift against a hand computation: 40 treated
 * members of whom 4 churn, 20 control members of whom 6 churn, with known spends.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CampaignApiIntegrationTest {

    static final String CREATE = """
            {"nameZh": "高风险高价值挽留", "nameEn": "Retain high-risk high-value",
             "rule": {"momentTypes": ["CHURN_RISK_HIGH", "CHURN_WARNING"], "valueSegments": ["HIGH"]},
             "offerZh": "赠送 10GB 流量", "offerEn": "10 GB of free data", "actionKind": "RETENTION",
             "startsOn": "2025-01-24", "endsOn": "2025-04-04", "status": "ACTIVE"}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    io.manyi.moments.MomentSettings momentSettings;
    @Autowired
    LearnedHelp learned;

    long id;

    /** The learned probabilities are cached for minutes: the next test class must not see this one's members. */
    @org.junit.jupiter.api.AfterEach
    void forgetLearned() {
        learned.refresh();
    }

    @BeforeEach
    void members() throws Exception {
        CampaignFixture.load(jdbc, demoUsers, 60);
        String created = mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content(CREATE)
                        .header("Idempotency-Key", "c1").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.controlPercent").value(10.0))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andReturn().getResponse().getContentAsString();
        id = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
        // Members 1-40 treated, 41-60 control, joined on DAY; the window ends 2025-04-04, follow-up 3 months,
        // the data ends 2025-06-30: churn counts up to then.
        jdbc.sql("""
                insert into campaign_members
                select ?, '1360000' || lpad(i::text, 4, '0'), case when i <= 40 then 'TREATED' else 'CONTROL' end, ?, i,
                       case when i % 2 = 0 then 'CHURN_RISK_HIGH' else 'CHURN_WARNING' end
                from generate_series(1, 60) i
                """).params(id, DAY).update();
        // Churn: treated 1-4 on 2025-03-15; 5 on 2025-08-01 (after the observation: retained); control 41-46 on 2025-04-10.
        jdbc.sql("""
                update subscribers set status = 'CANCELLED', cancelled_on = case
                  when msisdn <= '13600000004' then date '2025-03-15' when msisdn = '13600000005' then date '2025-08-01'
                  else date '2025-04-10' end
                where msisdn between '13600000001' and '13600000005' or msisdn between '13600000041' and '13600000046'
                """).update();
        // Spend from February: treated 130 a month, control 100, nothing after the month of churning.
        jdbc.sql("""
                insert into usage_monthly
                select s.msisdn, m::date, case when s.msisdn <= '13600000040' then 130 else 100 end, 100, 0, 0, 10, 200, 0, 0, 0, 30, 1
                from subscribers s, generate_series(date '2025-02-01', date '2025-06-01', interval '1 month') m
                where s.msisdn like '1360000%' and (s.cancelled_on is null or m < s.cancelled_on)
                """).update();
        // Churned treated members paid 100 in February and March (replace the 130 above).
        jdbc.sql("update usage_monthly set spend = 100 where msisdn <= '13600000004' and msisdn like '1360000%' and month >= '2025-02-01'")
                .update();
        // Ten treated members accepted the offer.
        jdbc.sql("""
                insert into tasks (msisdn, due_on, assignee, channel, status, type, priority, sla_due_at, outcome,
                                   campaign_id, created_at, updated_at)
                select '1360000' || lpad(i::text, 4, '0'), ?, 'pm01', 'PHONE_MANAGER', 'DONE', 'CHURN_RISK_HIGH', 100,
                       now(), 'REACHED_ACCEPTED', ?, now(), now()
                from generate_series(1, 10) i
                """).params(DAY, id).update();
    }

    /**
     * Issue 14: a campaign starting after the latest month of data read "observed to" the day before
     * its start with a 0.00 pp uplift on all its members. Its results count only the time after the
     * start: none until the data covers the month it starts in, and the page says which month that is.
     */
    @Test
    void aCampaignStartingAfterTheDataHasNoResultsYetAndSaysWhen() throws Exception {
        String later = CREATE.replace("2025-01-24", "2025-07-01").replace("2025-04-04", "2025-09-30")
                .replace("高风险高价值挽留", "七月挽留").replace("Retain high-risk high-value", "July retention");
        String created = mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content(later)
                        .header("Idempotency-Key", "c-later").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long laterId = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
        jdbc.sql("""
                insert into campaign_members
                select ?, '1360000' || lpad(i::text, 4, '0'), case when i <= 40 then 'TREATED' else 'CONTROL' end, date '2025-07-03', i,
                       'CHURN_WARNING'
                from generate_series(6, 60) i
                """).param(laterId).update();
        // The source: the data's last day (end of the latest usage month) and the members it follows after they joined.
        java.time.LocalDate dataEnd = jdbc.sql("select max(month) from usage_monthly").query(java.time.LocalDate.class).single()
                .plusMonths(1).minusDays(1);
        long followed = jdbc.sql("""
                select count(*) from campaign_members where campaign_id = ?
                  and (date_trunc('month', joined_on) + interval '1 month' - interval '1 day')::date <= ?
                """).params(laterId, java.sql.Date.valueOf(dataEnd)).query(Long.class).single();
        assertThat(dataEnd).isEqualTo("2025-06-30");
        assertThat(followed).isZero();
        mvc.perform(get("/api/v1/campaigns/{id}/uplift", laterId).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasResults").value(false))
                .andExpect(jsonPath("$.firstResultMonth").value("2025-07"))
                .andExpect(jsonPath("$.observedUntil").doesNotExist())
                .andExpect(jsonPath("$.treatedMembers").value(followed))
                .andExpect(jsonPath("$.controlMembers").value(followed))
                .andExpect(jsonPath("$.uplift").doesNotExist());
        // The campaign that started before the data's end keeps its results.
        mvc.perform(get("/api/v1/campaigns/{id}/uplift", id).with(httpBasic("analyst", PASSWORD)))
                .andExpect(jsonPath("$.hasResults").value(true)).andExpect(jsonPath("$.treatedMembers").value(40));
        String page = mvc.perform(get("/campaigns/results").param("lang", "zh")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("analyst").roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("id=\"result-" + laterId + "\""), page.indexOf("</tr>", page.indexOf("id=\"result-" + laterId + "\"")));
        assertThat(row).contains("data-no-results=\"2025-07\"").contains("暂无结果").contains("2025-07").doesNotContain("0.00 pp")
                .doesNotContain("2025-06-30");
    }

    @Test
    void upliftMatchesTheHandComputation() throws Exception {
        // Retention 36/40 - 14/20 = 0.2; Newcombe from the Wilson bounds (computed apart): -0.002268 to 0.427156.
        // Spend change: treated (36 x +30, 4 x (25 - 100)) / 40 = 19.5; control (14 x 0, 6 x (50 - 100)) / 20 = -15;
        // uplift 34.5, Welch SE sqrt(1017.69/40 + 552.63/20) = 7.2852: 20.22 to 48.78.
        mvc.perform(get("/api/v1/campaigns/{id}/uplift", id).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.observedUntil").value("2025-06-30"))
                .andExpect(jsonPath("$.treated.members").value(40))
                .andExpect(jsonPath("$.treated.retained").value(36))
                .andExpect(jsonPath("$.treated.accepted").value(10))
                .andExpect(jsonPath("$.control.members").value(20))
                .andExpect(jsonPath("$.control.retained").value(14))
                .andExpect(jsonPath("$.treatedMembers").value(40))
                .andExpect(jsonPath("$.controlRetained").value(14))
                .andExpect(jsonPath("$.uplift").value(closeTo(0.2, 1e-6)))
                .andExpect(jsonPath("$.ciLow").value(closeTo(-0.002268, 1e-6)))
                .andExpect(jsonPath("$.ciHigh").value(closeTo(0.427156, 1e-6)))
                .andExpect(jsonPath("$.treated.spendChange").value(closeTo(19.5, 1e-9)))
                .andExpect(jsonPath("$.control.spendChange").value(closeTo(-15, 1e-9)))
                .andExpect(jsonPath("$.spend.uplift").value(closeTo(34.5, 1e-9)))
                .andExpect(jsonPath("$.spend.ciLow").value(closeTo(20.22, 1e-9)))
                .andExpect(jsonPath("$.spend.ciHigh").value(closeTo(48.78, 1e-9)));
        mvc.perform(get("/api/v1/campaigns/uplift-by-moment").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].type").value("CHURN_RISK_HIGH"))
                .andExpect(jsonPath("$.items[0].source").value("CAMPAIGNS"))
                .andExpect(jsonPath("$.items[0].treated.members").value(20))
                .andExpect(jsonPath("$.items[0].control.members").value(10));
        mvc.perform(get("/api/v1/campaigns/{id}/uplift", 999_999).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Autowired
    io.manyi.dashboard.CampaignUplifts dashboardTile;

    @Test
    void theDashboardTileShowsTheCampaignsOfTheMonthByCity() {
        // The window is 2025-01-24 to 2025-04-03; even members live in 广州, odd ones in 深圳.
        var province = dashboardTile.forMonth(java.time.YearMonth.of(2025, 2), null);
        assertThat(province).singleElement().satisfies(u -> {
            assertThat(u.id()).isEqualTo(Long.toString(id));
            assertThat(List.of(u.treated(), u.treatedSuccess(), u.control(), u.controlSuccess())).containsExactly(40L, 36L, 20L, 14L);
            assertThat(u.uplift()).isEqualByComparingTo("0.2");
        });
        var guangzhou = dashboardTile.forMonth(java.time.YearMonth.of(2025, 2), "广州").getFirst();
        var shenzhen = dashboardTile.forMonth(java.time.YearMonth.of(2025, 2), "深圳").getFirst();
        assertThat(guangzhou.treated()).isPositive().isLessThan(40);
        assertThat(guangzhou.treated() + shenzhen.treated()).isEqualTo(40);
        assertThat(guangzhou.controlSuccess() + shenzhen.controlSuccess()).isEqualTo(14);
        assertThat(dashboardTile.forMonth(java.time.YearMonth.of(2025, 6), null)).isEmpty();
    }

    @Test
    void priorityLearnsTheMeasuredUpliftWhereBothArmsAreLargeEnough() throws Exception {
        // CHURN_RISK_HIGH brought in the even members: treated 18 of 20 retained, control 7 of 10: uplift 0.2.
        io.manyi.moments.Priority priority = momentSettings.priority();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/campaigns/settings")
                        .contentType(MediaType.APPLICATION_JSON).header("X-Reason", "test")
                        .content("{\"controlPercent\":10,\"followUpMonths\":3,\"holdoutPercent\":0,\"minMembersPerArm\":10}")
                        .with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(momentSettings.helpProbability(priority).of("CHURN_RISK_HIGH")).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(momentSettings.helpProbability(priority).of("BIRTHDAY")).isEqualTo(0.02);
        mvc.perform(get("/api/v1/campaigns/learned").with(httpBasic("analyst", PASSWORD)))
                .andExpect(jsonPath("$.items[0].type").value("CHURN_RISK_HIGH"))
                .andExpect(jsonPath("$.items[0].evidence.source").value("CAMPAIGNS"));
        jdbc.sql("update settings set value = jsonb_set(value, '{minMembersPerArm}', '11') where name = 'campaigns.settings'").update();
        learned.refresh();
        assertThat(momentSettings.helpProbability(priority).of("CHURN_RISK_HIGH")).isEqualTo(0.10);
    }

    @Test
    void listAndMembersKeepTheContractAndMaskByRole() throws Exception {
        // Campaigns and their results are read by admins, analysts and supervisors (docs/security.md)
        mvc.perform(get("/api/v1/campaigns").with(httpBasic("pm01", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/campaigns").param("lang", "en").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].name").value("Retain high-risk high-value"))
                .andExpect(jsonPath("$.items[0].window.start").value("2025-01-24"))
                .andExpect(jsonPath("$.items[0].members.treated").value(40))
                .andExpect(jsonPath("$.items[0].members.control").value(20));
        mvc.perform(get("/api/v1/campaigns/{id}/members", id).param("arm", "control").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(20))
                .andExpect(jsonPath("$.masked").value(false))
                .andExpect(jsonPath("$.items", hasSize(20)))
                .andExpect(jsonPath("$.items[0].msisdn").value("13600000041"))
                .andExpect(jsonPath("$.items[0].arm").value("CONTROL"));
        mvc.perform(get("/api/v1/campaigns/{id}/members", id).param("arm", "control").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.masked").value(true))
                .andExpect(jsonPath("$.items[0].msisdn").value("136****0041"));
        mvc.perform(get("/api/v1/campaigns/{id}/members", id).param("arm", "control").with(httpBasic("pm01", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/campaigns/{id}/members", id).param("arm", "sideways").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'campaign.members'").query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select detail from audit_log where action = 'campaign.members' and actor = 'admin'")
                .query(String.class).single()).startsWith("13600000041,13600000042");
    }

    @Test
    void analystsChangeCampaignsAndOthersCannot() throws Exception {
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content(CREATE)
                        .with(httpBasic("pm01", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\": \"x\", \"nameEn\": \"x\", \"rule\": {\"momentTypes\": [\"NOPE\"]}}")
                        .with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().is(422));
        // A replay of the creation answers the same campaign and creates nothing.
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content(CREATE)
                        .header("Idempotency-Key", "c1").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(post("/api/v1/campaigns/{id}/close", id).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(post("/api/v1/campaigns/{id}/close", id).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from campaigns").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePagesShowTheCampaignsTheirResultsAndTheWorkbenchProgress() throws Exception {
        mvc.perform(get("/campaigns").param("lang", "en").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"campaign-" + id + "\""),
                        containsString("Retain high-risk high-value"), containsString("id=\"new-campaign\""))));
        mvc.perform(get("/campaigns").with(user("pm01").roles("PHONE_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns").with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                // the campaign's moment types by name, not code
                .andExpect(content().string(allOf(containsString("高风险高价值挽留"), not(containsString("new-campaign")),
                        not(containsString("CHURN_RISK_HIGH, CHURN_WARNING")))));
        mvc.perform(get("/campaigns/results").param("lang", "en").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"result-" + id + "\""), containsString("20.00 pp"),
                        containsString("-0.23 … 42.72"), containsString("campaign-chart"), containsString("Campaign members"))));
        mvc.perform(post("/campaigns").param("nameZh", "生日").param("nameEn", "Birthday").param("types", "BIRTHDAY")
                        .param("offerZh", "礼").param("offerEn", "gift").param("actionKind", "CARE_CALL")
                        .param("startsOn", "2025-02-01").param("endsOn", "2025-02-28")
                        .with(user("analyst").roles("ANALYST")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from campaigns where name_en = 'Birthday'").query(String.class).single())
                .isEqualTo("DRAFT");
        mvc.perform(get("/workbench").param("lang", "en").with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"campaign-progress\""),
                        containsString("Processed today"))));
    }

    @Test
    void theWorkbenchSummaryCountsTheCampaignsProcessedTasks() throws Exception {
        // The ten DONE tasks above were closed now: cumulative 10, today 10; one more open task counts in neither.
        jdbc.sql("""
                insert into tasks (msisdn, due_on, assignee, channel, status, type, priority, sla_due_at, campaign_id,
                                   created_at, updated_at)
                values ('13600000011', ?, 'pm01', 'PHONE_MANAGER', 'ASSIGNED', 'CHURN_RISK_HIGH', 1, now(), ?, now(), now())
                """).params(DAY, id).update();
        jdbc.sql("update tasks set updated_at = now() - interval '3 days' where msisdn = '13600000001'").update();
        mvc.perform(get("/api/v1/workbench/summary").param("assignee", "pm01").with(httpBasic("pm01", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.campaigns", hasSize(1)))
                .andExpect(jsonPath("$.campaigns[0].name").value("高风险高价值挽留"))
                .andExpect(jsonPath("$.campaigns[0].cumulative").value(10))
                .andExpect(jsonPath("$.campaigns[0].today").value(9))
                .andExpect(jsonPath("$.campaigns[0].tasks").value(11));
        mvc.perform(get("/api/v1/workbench/summary").param("assignee", "pm02").with(httpBasic("pm02", PASSWORD)))
                .andExpect(jsonPath("$.campaigns", hasSize(0)));
    }
}
