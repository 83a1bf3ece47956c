package io.manyi.hotline;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class HotlineRouteIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    RouteAudit routeAudit;

    @Autowired
    HotlineSettings settings;

    @BeforeEach
    void fixture() {
        SubscriberFixture.load(jdbc, demoUsers);
        settings.refresh();
        jdbc.sql("insert into tier_runs values ('2025-01-01', 3, 100, 50, 0, 1, now())").update();
        // An older month must not count: only the latest run's level does.
        jdbc.sql("insert into tier_runs values ('2024-12-01', 3, 100, 50, 0, 1, now())").update();
        assess("2025-01-01", OF_PM02, 4);
        assess("2025-01-01", OF_PM01, 3);
        assess("2024-12-01", UNASSIGNED, 5);
    }

    private void assess(String month, String msisdn, int stars) {
        jdbc.sql("""
                        insert into tier_assessments (month, msisdn, stars, candidate_stars, months_below, score,
                            tenure_points, spend_points, stability_points, arrears_points, average_spend, reasons)
                        values (cast(? as date), ?, ?, ?, 0, 70, 20, 30, 10, 10, 120, '[]')
                        """)
                .params(month, msisdn, stars, stars).update();
    }

    @Test
    void routesByStarLevelAndManagerWithTheGreetingAndOpenComplaints() throws Exception {
        mvc.perform(get("/api/v1/hotline/route").param("msisdn", OF_PM02).with(httpBasic("ivr", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.queue").value("MANAGER_LINE"))
                .andExpect(jsonPath("$.greetingName").value("李女士"))
                .andExpect(jsonPath("$.stars").value(4))
                .andExpect(jsonPath("$.manager.username").value("am01"))
                .andExpect(jsonPath("$.manager.role").value("ACCOUNT_MANAGER"))
                .andExpect(jsonPath("$.openItemCount").value(1))
                .andExpect(jsonPath("$.openItems[0].kind").value("COMPLAINT"))
                .andExpect(jsonPath("$.openItems[0].id").value("C1"));
        mvc.perform(get("/api/v1/hotline/route").param("msisdn", OF_PM01).with(httpBasic("ivr", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.queue").value("VIP_FAST_LANE"))
                .andExpect(jsonPath("$.greetingName").value("张先生"))
                .andExpect(jsonPath("$.openItemCount").value(0));
        // Five stars, but in a month that is no longer the latest run: not assessed now.
        mvc.perform(get("/api/v1/hotline/route").param("msisdn", UNASSIGNED).with(httpBasic("ivr", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.queue").value("NORMAL"))
                .andExpect(jsonPath("$.reasons[0]").value("not-assessed"));
        mvc.perform(get("/api/v1/hotline/route").param("msisdn", "13100000000").with(httpBasic("ivr", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.known").value(false))
                .andExpect(jsonPath("$.queue").value("NORMAL"));
        mvc.perform(get("/api/v1/hotline/route").param("msisdn", "12ab").with(httpBasic("ivr", PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOpenKeyMomentTaskIsShownToTheAgentAndAClosedOneIsNot() throws Exception {
        jdbc.sql("""
                        insert into tasks (msisdn, due_on, assignee, channel, status, type, priority, sla_due_at,
                            created_at, updated_at)
                        values (?, current_date, 'pm01', 'PHONE_MANAGER', ?, ?, 120.50, now() + interval '1 day',
                            now() - interval '1 hour', now())
                        """)
                .params(OF_PM01, "DONE", "BIRTHDAY").update();
        jdbc.sql("""
                        insert into tasks (msisdn, due_on, assignee, channel, status, type, priority, sla_due_at,
                            created_at, updated_at)
                        values (?, current_date, 'pm01', 'PHONE_MANAGER', ?, ?, 120.50, now() + interval '1 day',
                            now(), now())
                        """)
                .params(OF_PM01, "ASSIGNED", "CHURN_RISK_HIGH").update();
        mvc.perform(get("/api/v1/hotline/route").param("msisdn", OF_PM01).with(httpBasic("ivr", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openItemCount").value(1))
                .andExpect(jsonPath("$.openItems[0].kind").value("TASK"))
                .andExpect(jsonPath("$.openItems[0].title").value("CHURN_RISK_HIGH"))
                .andExpect(jsonPath("$.openItems[0].severity").value("120.50"));
    }

    @Test
    void theIvrCredentialReachesOnlyTheRouteAndAnalystsCannotAskIt() throws Exception {
        mvc.perform(get("/api/v1/subscribers/" + OF_PM02).with(httpBasic("ivr", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/hotline/route").param("msisdn", OF_PM02).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/hotline/route").param("msisdn", OF_PM02).with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void ivrCallsAreCountedPerMinuteWhileAPersonsLookupIsAuditedEachTime() throws Exception {
        routeAudit.flush();
        jdbc.sql("delete from audit_log").update();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/hotline/route").param("msisdn", OF_PM01).with(httpBasic("ivr", PASSWORD)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/hotline/route").param("msisdn", OF_PM02).with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_log where action like 'hotline.route%'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select subject from audit_log where action = 'hotline.route' and actor = 'agent'")
                .query(String.class).single()).isEqualTo(OF_PM02);
        routeAudit.flush();
        assertThat(jdbc.sql("select subject from audit_log where action = 'hotline.route.ivr' and actor = 'ivr'")
                .query(String.class).list()).containsExactly("3 calls");
    }

    @Test
    void anyAssignedManagerTakesTheCallWhenTheOperatorSaysSo() throws Exception {
        jdbc.sql("insert into settings values ('hotline.rules', '{\"managerLineNeedsPrivilege\": false, \"openItemsShown\": 0}', 't', now())")
                .update();
        settings.refresh();
        mvc.perform(get("/api/v1/hotline/route").param("msisdn", OF_PM01).with(httpBasic("ivr", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.queue").value("MANAGER_LINE"))
                .andExpect(jsonPath("$.manager.username").value("pm01"));
        mvc.perform(get("/api/v1/hotline/route").param("msisdn", OF_PM02).with(httpBasic("ivr", PASSWORD)))
                .andExpect(jsonPath("$.openItemCount").value(1))
                .andExpect(jsonPath("$.openItems.length()").value(0));
    }
}
