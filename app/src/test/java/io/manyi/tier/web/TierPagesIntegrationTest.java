package io.manyi.tier.web;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberRefs;
import io.manyi.tier.TierAssessment;
import io.manyi.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The tier section of the 360 page, the overview and the rules page with its preview. */
@IntegrationTest
@AutoConfigureMockMvc
class TierPagesIntegrationTest {

    static final String STEADY = "13500000001";
    static final String DEFAULTER = "13500000003";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    TierAssessment assessment;

    @Autowired
    SubscriberRefs refs;

    @BeforeEach
    void province() {
        io.manyi.tier.TierFixture.load(jdbc, demoUsers);
        assessment.runAll();
    }

    @Test
    void the360PageLoadsTheTierSection() throws Exception {
        mvc.perform(get("/subscribers/" + STEADY).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/tier/section/" + refs.of(STEADY))));
        mvc.perform(get("/tier/section/" + refs.of(STEADY)).param("lang", "en").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("★★★★★")))
                .andExpect(content().string(containsString("tenure 11 years: +20")))
                .andExpect(content().string(containsString("Silver card")))
                .andExpect(content().string(containsString("¥200")));
    }

    @Test
    void aPhoneManagerGetsNoSectionForAnotherBook() throws Exception {
        mvc.perform(get("/tier/section/" + refs.of(DEFAULTER)).with(user("pm01").roles("PHONE_MANAGER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void overviewShowsTheMix() throws Exception {
        // the star mix is analytics: not an agent's (docs/security.md)
        mvc.perform(get("/tier").with(user("agent").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/tier").param("lang", "en").with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mix-table")))
                .andExpect(content().string(containsString("Assessed 2025-01, 6 subscribers")))
                .andExpect(content().string(not(containsString("/tier/rules\""))));
    }

    @Test
    void rulesPagePreviewsAndSavesWithAReason() throws Exception {
        mvc.perform(get("/tier/rules").with(user("agent").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/tier/rules").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10, 25, 40, 55, 70")))
                .andExpect(content().string(containsString("preview-button")))
                .andExpect(content().string(not(containsString("data-read-only"))));
        // A supervisor may read the rules, not change them: the form is shown disabled, without its buttons.
        mvc.perform(get("/tier/rules").with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10, 25, 40, 55, 70")))
                .andExpect(content().string(containsString("data-read-only")))
                .andExpect(content().string(containsString("<fieldset class=\"plain-fieldset\" disabled=\"disabled\">")))
                .andExpect(content().string(not(containsString("preview-button"))));
        mvc.perform(post("/tier/rules/preview").param("lang", "en").with(user("analyst").roles("ANALYST")).with(csrf())
                        .param("tenureYears", "1:5, 3:10, 5:15, 8:20, 12:25")
                        .param("averageSpendYuan", "30:5, 50:10, 80:20, 120:30, 180:40, 300:50")
                        .param("spendVariationAtMost", "0.10:10, 0.20:6, 0.35:3")
                        .param("minMonthsForStability", "3").param("arrearsMonthPoints", "-8")
                        .param("arrearsToleranceYuan", "1").param("seriousOverdueDays", "60")
                        .param("seriousOverduePoints", "-15").param("starThresholds", "10, 25, 40, 55, 75")
                        .param("downgradeAfterMonths", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("On the data of 2025-01: 0 up, 2 down")))
                .andExpect(content().string(containsString("preview-data")));
        assertThat(jdbc.sql("select count(*) from settings").query(Long.class).single()).isZero();

        mvc.perform(post("/tier/rules").with(user("analyst").roles("ANALYST")).with(csrf())
                        .param("tenureYears", "1:5").param("averageSpendYuan", "30:5").param("spendVariationAtMost", "0.1:10")
                        .param("minMonthsForStability", "3").param("arrearsMonthPoints", "-8")
                        .param("arrearsToleranceYuan", "1").param("seriousOverdueDays", "60")
                        .param("seriousOverduePoints", "-15").param("starThresholds", "5, 10, 15, 20, 25")
                        .param("downgradeAfterMonths", "3").param("reason", "simpler rules"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tier/rules?saved"));
        assertThat(jdbc.sql("select reason from settings_history").query(String.class).list())
                .containsExactly("simpler rules");
    }
}
