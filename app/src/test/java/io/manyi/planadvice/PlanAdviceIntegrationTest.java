package io.manyi.planadvice;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.subscriber.SubscriberRefs;
import io.manyi.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class PlanAdviceIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    PlanAdvisories advisories;

    @Autowired
    SubscriberRefs refs;

    @BeforeEach
    void fixture() {
        SubscriberFixture.load(jdbc, demoUsers);
        // OF_PM02 uses about 5 GB a month on a 2 GB plan: a bigger data plan costs less than the overage.
        jdbc.sql("""
                insert into plans values
                  ('GT-DATA-128', '全球通大流量128元', 'GOTONE', 128.00, 300, 10240, 100, 'DATA'),
                  ('EO-DATA-20', '神州行上网20元', 'EASYOWN', 20.00, 50, 10240, 0, 'DATA')
                """).update();
        // Its bills carry that overage (about ¥300 a month): the current cost is what the bills say.
        jdbc.sql("update usage_monthly set spend = spend + 200 where msisdn = ?").param(OF_PM02).update();
    }

    @Test
    void advisesTheCheaperPlanWithTheSavingInYuan() throws Exception {
        mvc.perform(get("/api/v1/subscribers/" + OF_PM02 + "/plan-advice").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("SAVE"))
                .andExpect(jsonPath("$.current.code").value("GT58"))
                .andExpect(jsonPath("$.suggested.code").value("GT-DATA-128")) // not the other brand's cheaper plan
                .andExpect(jsonPath("$.monthsUsed").value(3))
                .andExpect(jsonPath("$.savingYuan").value(Matchers.greaterThan(5.0)))
                .andExpect(jsonPath("$.extraDataMb").value(10240 - 2048));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'planadvice.view' and subject = ?")
                .param(OF_PM02).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aManagerSeesOnlyTheirBookAndNoUsageIs404() throws Exception {
        mvc.perform(get("/api/v1/subscribers/" + OF_PM02 + "/plan-advice").with(httpBasic("pm01", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/subscribers/" + OF_PM01 + "/plan-advice").with(httpBasic("pm01", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/subscribers/13199999999/plan-advice").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theBatchMethodAdvisesEveryoneWithUsageInOneGo() {
        Map<String, PlanAdvice> advice = advisories.forBatch(List.of(OF_PM01, OF_PM02, UNASSIGNED, "13199999999"));
        assertThat(advice).containsOnlyKeys(OF_PM02);
        assertThat(advice.get(OF_PM02).suggested().code()).isEqualTo("GT-DATA-128");
    }

    @Test
    void theCurrentCostIsTheAverageOfTheSubscribersBills() throws Exception {
        // The source: the bill rows themselves, the latest three months (the rules' default), averaged here.
        List<java.math.BigDecimal> bills = jdbc.sql("select spend from usage_monthly where msisdn = ? order by month desc limit 3")
                .param(OF_PM02).query(java.math.BigDecimal.class).list();
        assertThat(bills).hasSize(3);
        java.math.BigDecimal average = bills.stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                .divide(java.math.BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP);
        // The page's figure: the API and the 360 section say the same.
        String body = mvc.perform(get("/api/v1/subscribers/" + OF_PM02 + "/plan-advice").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.math.BigDecimal shown = new java.math.BigDecimal(com.jayway.jsonpath.JsonPath.read(body, "$.currentCostYuan").toString());
        assertThat(shown).isEqualByComparingTo(average);
        java.math.BigDecimal lowest = bills.stream().min(java.math.BigDecimal::compareTo).orElseThrow();
        java.math.BigDecimal highest = bills.stream().max(java.math.BigDecimal::compareTo).orElseThrow();
        assertThat(shown).isBetween(lowest, highest);
        java.math.BigDecimal suggested = new java.math.BigDecimal(com.jayway.jsonpath.JsonPath.read(body, "$.suggestedCostYuan").toString());
        java.math.BigDecimal saving = new java.math.BigDecimal(com.jayway.jsonpath.JsonPath.read(body, "$.savingYuan").toString());
        assertThat(shown.subtract(suggested)).isEqualByComparingTo(saving);
        mvc.perform(get("/plan-advice/section/" + refs.of(OF_PM02)).with(user("pm02").roles("PHONE_MANAGER")))
                .andExpect(content().string(Matchers.containsString(average.toPlainString())));
    }

    @Test
    void theSectionOfThe360PageShowsTheAdvice() throws Exception {
        mvc.perform(get("/plan-advice/section/" + refs.of(OF_PM02)).with(user("pm02").roles("PHONE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("全球通大流量128元")))
                .andExpect(content().string(Matchers.containsString("id=\"plan-advice-kind\"")));
    }
}
