package io.manyi.churn;

import static io.manyi.platform.security.DemoUsers.PASSWORD;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.isA;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.intake.ImportService;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The risk API's contract: field names, reasons in the request's language, data scope, audit. */
@IntegrationTest
@AutoConfigureMockMvc
class RiskApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    ProvinceTraining training;

    @Autowired
    ChurnRun run;

    @Autowired
    DemoUsers demoUsers;

    @BeforeEach
    void scored() {
        ChurnProvinceFixture.load(jdbc, imports, training);
        if (jdbc.sql("select count(*) from churn_runs where month = date '2026-10-01'").query(Long.class).single() == 0) {
            run.run(ChurnProvinceFixture.LAST);
        }
        demoUsers.ensure();
    }

    @Test
    void riskContract() throws Exception {
        String msisdn = scoredSubscriber("true");
        mvc.perform(get("/api/v1/subscribers/" + msisdn + "/risk?lang=en").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.probability").isNumber())
                .andExpect(jsonPath("$.composite").isNumber())
                .andExpect(jsonPath("$.health.tariff").isNumber())
                .andExpect(jsonPath("$.health.services").isNumber())
                .andExpect(jsonPath("$.health.experience").isNumber())
                .andExpect(jsonPath("$.health.circle").isNumber())
                .andExpect(jsonPath("$.reasons", not(empty())))
                .andExpect(jsonPath("$.reasons", everyItem(isA(String.class))))
                .andExpect(jsonPath("$.reasons[0]").value(org.hamcrest.Matchers.matchesPattern("[ -~¥]+")))
                .andExpect(jsonPath("$.month").value("2026-10"))
                .andExpect(jsonPath("$.modelVersion").value(org.hamcrest.Matchers.startsWith("province-")));
        mvc.perform(get("/api/v1/subscribers/" + msisdn + "/risk?lang=zh").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reasons[0]").value(org.hamcrest.Matchers.matchesPattern(".*[\\u4e00-\\u9fff].*")));
        long audited = jdbc.sql("select count(*) from audit_log where action = 'churn.risk.view' and subject = ?")
                .param(msisdn).query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(audited).isGreaterThanOrEqualTo(2);
    }

    @Test
    void probabilityIsBetweenZeroAndOneAndCompositeAndHealthWithinHundred() throws Exception {
        String msisdn = scoredSubscriber("true");
        mvc.perform(get("/api/v1/subscribers/" + msisdn + "/risk").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.probability").value(org.hamcrest.Matchers.both(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(0.0)).and(org.hamcrest.Matchers.lessThanOrEqualTo(1.0))))
                .andExpect(jsonPath("$.composite").value(org.hamcrest.Matchers.both(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(0)).and(org.hamcrest.Matchers.lessThanOrEqualTo(100))));
    }

    @Test
    void aPhoneManagerReadsTheirOwnBookOnly() throws Exception {
        String manager = jdbc.sql("select username from assignments where role = 'PHONE_MANAGER' order by username limit 1")
                .query(String.class).single();
        String own = jdbc.sql("""
                        select a.msisdn from assignments a join churn_scores s on s.msisdn = a.msisdn
                        where a.username = ? and a.role = 'PHONE_MANAGER' order by a.msisdn limit 1
                        """).param(manager).query(String.class).single();
        String other = jdbc.sql("""
                        select s.msisdn from churn_scores s
                        where not exists (select 1 from assignments a where a.msisdn = s.msisdn and a.username = ?)
                        order by s.msisdn limit 1
                        """).param(manager).query(String.class).single();
        mvc.perform(get("/api/v1/subscribers/" + own + "/risk").with(httpBasic(manager, PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/subscribers/" + other + "/risk").with(httpBasic(manager, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/subscribers/19999999999/risk").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/subscribers/" + own + "/risk")).andExpect(status().isUnauthorized());
    }

    private String scoredSubscriber(String any) {
        return jdbc.sql("select msisdn from churn_scores where month = date '2026-10-01' order by probability desc limit 1")
                .query(String.class).single();
    }
}
