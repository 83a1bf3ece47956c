package io.manyi.tier;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static io.manyi.tier.TierFixture.DEFAULTER;
import static io.manyi.tier.TierFixture.STEADY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isA;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The tier contract: GET tier, the credit check, the rules and their what-if preview. */
@IntegrationTest
@AutoConfigureMockMvc
class TierApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    TierAssessment assessment;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void province() {
        TierFixture.load(jdbc, demoUsers);
        demoUsers.ensure();
        assessment.runAll();
    }

    @Test
    void tierContract() throws Exception {
        mvc.perform(get("/api/v1/subscribers/" + STEADY + "/tier").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stars").value(5))
                .andExpect(jsonPath("$.vipCard").value("SILVER"))
                .andExpect(jsonPath("$.creditLimitYuan").value(200))
                .andExpect(jsonPath("$.reasons", not(empty())))
                .andExpect(jsonPath("$.reasons", everyItem(isA(String.class))))
                .andExpect(jsonPath("$.reasons", hasItem("网龄11年：+20")))
                .andExpect(jsonPath("$.assessedMonth").value("2025-01"))
                .andExpect(jsonPath("$.privileges.hotlineFastLane").value(true))
                .andExpect(jsonPath("$.history", hasSize(12)));
        mvc.perform(get("/api/v1/subscribers/" + DEFAULTER + "/tier").param("lang", "en")
                        .with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stars").value(0))
                .andExpect(jsonPath("$.creditLimitYuan").value(0))
                .andExpect(jsonPath("$.reasons", hasItem("arrears in 2024-12: 300 yuan: -8")));
    }

    @Test
    void phoneManagersSeeOnlyTheirBook() throws Exception {
        mvc.perform(get("/api/v1/subscribers/" + DEFAULTER + "/tier").with(httpBasic("pm01", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/subscribers/" + STEADY + "/tier").with(httpBasic("pm01", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stars").value(5));
        mvc.perform(get("/api/v1/subscribers/19900000000/tier").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void creditCheck() throws Exception {
        mvc.perform(post("/api/v1/credit/check").with(httpBasic("agent", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"msisdn\": \"" + STEADY + "\", \"balanceYuan\": -120.5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(true))
                .andExpect(jsonPath("$.limitYuan").value(200))
                .andExpect(jsonPath("$.stars").value(5))
                .andExpect(jsonPath("$.reason").value("余额-120.5元，在五星客户200元信用额度内"));
        mvc.perform(post("/api/v1/credit/check").param("lang", "en").with(httpBasic("agent", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"msisdn\": \"" + STEADY + "\", \"balanceYuan\": -200.01}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reason").value("balance -200.01 yuan is beyond the 200-yuan credit line of a five-star customer"));
    }

    @Test
    void rulesAreForAnalystsAndAdminsAndAChangeNeedsValidRulesAndAReason() throws Exception {
        mvc.perform(get("/api/v1/tier/rules").with(httpBasic("agent", PASSWORD))).andExpect(status().isForbidden());
        String rules = mvc.perform(get("/api/v1/tier/rules").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.downgradeAfterMonths").value(3))
                .andExpect(jsonPath("$.starThresholds", hasSize(5)))
                .andReturn().getResponse().getContentAsString();

        String broken = rules.replace("\"downgradeAfterMonths\":3", "\"downgradeAfterMonths\":0");
        mvc.perform(put("/api/v1/tier/rules").with(httpBasic("analyst", PASSWORD)).header("X-Reason", "test")
                        .contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value("downgradeAfterMonths must be between 1 and 24"));
        String stricter = rules.replace("\"downgradeAfterMonths\":3", "\"downgradeAfterMonths\":2");
        mvc.perform(put("/api/v1/tier/rules").with(httpBasic("analyst", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(stricter))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/tier/rules").with(httpBasic("analyst", PASSWORD)).header("X-Reason", "faster downgrades")
                        .contentType(MediaType.APPLICATION_JSON).content(stricter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.downgradeAfterMonths").value(2));
        assertThat(jdbc.sql("select reason from settings_history where name = 'tier.star-rules'").query(String.class)
                .list()).containsExactly("faster downgrades");
    }

    @Test
    void previewCountsMovesAndWritesNothing() throws Exception {
        List<Long> before = counts();
        StarRules defaults = StarRules.defaults();
        // The rules in force change nobody's level: same facts, same previous state.
        mvc.perform(post("/api/v1/tier/rules/preview").with(httpBasic("analyst", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(defaults)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.up").value(0))
                .andExpect(jsonPath("$.total.down").value(0))
                .andExpect(jsonPath("$.total.held").value(1))
                .andExpect(jsonPath("$.total.same").value(5));
        // Five stars from 75 points and downgrades at once: STEADY (70) falls to four stars, and 李四海, held at
        // four stars since the arrears of 2025-01, goes down at once. Both are GoTone subscribers in 广州.
        StarRules harder = new StarRules(defaults.tenureYears(), defaults.averageSpendYuan(),
                defaults.spendVariationAtMost(), defaults.minMonthsForStability(), defaults.arrearsMonthPoints(),
                defaults.arrearsToleranceYuan(), defaults.seriousOverdueDays(), defaults.seriousOverduePoints(),
                List.of(10, 25, 40, 55, 75), 1);
        mvc.perform(post("/api/v1/tier/rules/preview").with(httpBasic("analyst", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(harder)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2025-01"))
                .andExpect(jsonPath("$.total.down").value(2))
                .andExpect(jsonPath("$.total.held").value(0))
                .andExpect(jsonPath("$.byBrand.GOTONE.down").value(2))
                .andExpect(jsonPath("$.byBrand.EASYOWN.down").value(0))
                .andExpect(jsonPath("$.byCity['广州'].down").value(2))
                .andExpect(jsonPath("$.levelsNow[5]").value(1))
                .andExpect(jsonPath("$.levelsProposed[5]").value(0));
        mvc.perform(post("/api/v1/tier/rules/preview").with(httpBasic("agent", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(harder)))
                .andExpect(status().isForbidden());
        assertThat(counts()).isEqualTo(before);
    }

    private List<Long> counts() {
        return List.of("tier_assessments", "sms_outbox", "domain_events", "vip_cards", "value_segments", "tier_runs",
                "settings", "settings_history").stream()
                .map(t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()).toList();
    }
}
