package io.manyi.churn.web;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberRefs;
import io.manyi.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The at-risk list, the 360 risk panel and the model report on rows inserted straight into V9's tables. */
@IntegrationTest
@AutoConfigureMockMvc
class ChurnPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    SubscriberRefs refs;

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor PM01 = user("pm01").roles("PHONE_MANAGER");

    @BeforeEach
    void scores() {
        ChurnPagesFixture.load(jdbc, demoUsers);
    }

    private String page(RequestPostProcessor who, String... params) throws Exception {
        var request = get("/churn").param("lang", "en").with(who);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theListSortsByRiskTimesValueAndLinksToThe360() throws Exception {
        String html = page(ADMIN);
        assertThat(html).contains("Scored month 2025-01: ranks 1–50", "id=\"next-page\"",
                "/subscribers/" + refs.of(OF_PM02), "李四海", "spend fell 45% over 3 months", "5★", "pm02");
        // 0.20 × 120 = 24 before 0.30 × 50 = 15 before 0.60 × 10 = 6
        assertThat(html.indexOf(OF_PM02)).isLessThan(html.indexOf(OF_PM01));
        assertThat(html.indexOf(OF_PM01)).isLessThan(html.indexOf(UNASSIGNED));
        assertThat(html).contains("¥24.00", "¥15.00", "20.0%");

        String byProbability = page(ADMIN, "sort", "probability");
        assertThat(byProbability.indexOf(UNASSIGNED)).isLessThan(byProbability.indexOf(OF_PM01));
        assertThat(byProbability.indexOf(OF_PM01)).isLessThan(byProbability.indexOf(OF_PM02));

        String second = page(ADMIN, "page", "1");
        assertThat(second).contains("ranks 51–58", "id=\"previous-page\"").doesNotContain("id=\"next-page\"", OF_PM02);
    }

    @Test
    void filtersByCityBrandStarsAndManager() throws Exception {
        assertThat(page(ADMIN, "city", "深圳")).contains(UNASSIGNED).doesNotContain(OF_PM01, OF_PM02, "13600000001");
        assertThat(page(ADMIN, "stars", "5")).contains(OF_PM02).doesNotContain(OF_PM01, UNASSIGNED);
        assertThat(page(ADMIN, "manager", "pm01")).contains(OF_PM01).doesNotContain(OF_PM02, UNASSIGNED);
        assertThat(page(ADMIN, "brand", "MZONE")).contains("Nobody in 2025-01 matches");
        // htmx asks for the table only
        mvc.perform(get("/churn").param("city", "深圳").header("HX-Request", "true").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("at-risk-table"), not(containsString("<header")))));
    }

    @Test
    void aPhoneManagerSeesTheirBookMaskedAndAnAnalystNoIdentity() throws Exception {
        String pm = page(PM01);
        assertThat(pm).contains("138****0001", "张小明", "tenure below a year")
                .doesNotContain("李四海", "139****5678", "137****1234", OF_PM01, "name=\"manager\"");
        String analyst = page(user("analyst").roles("ANALYST"));
        assertThat(analyst).contains("139****5678").doesNotContain("李四海", OF_PM02);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'churn.at-risk'").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void theRiskPanelShowsScoreTrendReasonsHealthAndWarnings() throws Exception {
        mvc.perform(get("/subscribers/" + OF_PM02).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/churn/panel/" + refs.of(OF_PM02)),
                        containsString("/assets/js/churn.js"))));
        mvc.perform(get("/churn/panel/" + refs.of(OF_PM02)).param("lang", "en").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("20.0% chance of leaving"),
                        containsString("composite risk 55"), containsString("spend fell 45% over 3 months"),
                        containsString("complaint open for 9 days"), containsString("spend 45% below the 3-month average"),
                        containsString("2024-12"), containsString("\"health\":[70,60,40,50]"),
                        containsString("\"probability\":[11.0,20.0]"), not(containsString("old reason")),
                        containsString("Spend drop"), not(containsString(">spend_drop<")))));
        mvc.perform(get("/churn/panel/" + refs.of(OF_PM02)).param("lang", "zh").with(ADMIN))
                .andExpect(content().string(allOf(containsString("近3个月消费下降45%"), containsString("消费比近3个月均值低45%"))));
    }

    @Test
    void thePanelIsRefusedOutsideTheBookAndSaysWhenNotScored() throws Exception {
        mvc.perform(get("/churn/panel/" + refs.of(OF_PM02)).with(PM01)).andExpect(status().isForbidden());
        jdbc.sql("delete from churn_scores where msisdn = ?").param(OF_PM01).update();
        mvc.perform(get("/churn/panel/" + refs.of(OF_PM01)).param("lang", "en").with(PM01))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not scored yet.")));
    }

    @Test
    void theModelReportShowsTheCurrentModelWithOracleAucAndEveryChartsTable() throws Exception {
        mvc.perform(get("/churn/model").param("lang", "en").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("v2025-01"), not(containsString("v-old")),
                        containsString("2024-01 – 2024-09"), containsString("2024-10 – 2024-12"),
                        containsString("0.8123"), containsString("0.8301"), containsString("-0.0178"),
                        containsString("4.37"), containsString("roc-table"), containsString("lift-table"),
                        containsString("calibration-table"), containsString("spend change 3m"),
                        containsString("1,234.5"), containsString("report-data"))));
        jdbc.sql("update churn_models set is_current = false").update();
        mvc.perform(get("/churn/model").param("lang", "en").with(ADMIN))
                .andExpect(content().string(containsString("No current model yet")));
    }

    @Test
    void theNavigationLeadsToTheList() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(ADMIN))
                .andExpect(content().string(containsString("href=\"/churn\"")));
        jdbc.sql("delete from churn_scores").update();
        assertThat(page(ADMIN)).contains("No month scored yet");
    }
}
