package io.manyi.moments;

import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
import io.manyi.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The workbench pages: the htmx card swap, refusals in place, the team view and the catalog editor. */
@IntegrationTest
@AutoConfigureMockMvc
class WorkbenchPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    MomentEvents events;

    long task;

    @BeforeEach
    void province() {
        MomentsFixture.load(jdbc, demoUsers);
        jdbc.sql("""
                insert into domain_events (type, subject, payload, dedup_key, occurred_at)
                values ('SurveyScoredLow', ?, cast('{"surveyId":11,"score":2,"touchpoint":"HALL"}' as jsonb), 's:11', now())
                """).param(OF_PM02).update();
        events.poll();
        task = jdbc.sql("select id from tasks where msisdn = ?").param(OF_PM02).query(Long.class).single();
    }

    @Test
    void anOutcomeByHtmxAnswersTheCardAndAStrangerIsRefusedInPlace() throws Exception {
        mvc.perform(get("/workbench").with(user("pm02").roles("PHONE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"row-" + task + "\""), containsString("139****5678"),
                        not(containsString(OF_PM02)))));
        mvc.perform(get("/workbench/tasks/" + task + "/panel").with(user("pm02").roles("PHONE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"task-" + task + "\""), containsString("139****5678"),
                        containsString("满意度评分为2分"), not(containsString(OF_PM02)),
                        // A callback's outcome asks for the satisfaction indicator.
                        containsString("name=\"indicator\""), containsString("资费清楚"))));
        mvc.perform(post("/workbench/tasks/" + task + "/outcome").param("outcome", "REACHED").param("indicator", "FEES")
                        .param("lang", "en").header("HX-Request", "true").with(user("pm02").roles("PHONE_MANAGER")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("FEES_UNDERSTOOD")));
        // A Chinese page says it in words, not in the rule's English.
        mvc.perform(post("/workbench/tasks/" + task + "/outcome").param("outcome", "REACHED").param("indicator", "FEES")
                        .param("lang", "zh").header("HX-Request", "true").with(user("pm02").roles("PHONE_MANAGER")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("满意度指标：请选择列表中的一项。"), not(containsString("FEES_UNDERSTOOD")))));
        mvc.perform(post("/workbench/tasks/" + task + "/outcome").param("outcome", "REACHED_ACCEPTED")
                        .param("lang", "en").header("HX-Request", "true").with(user("pm01").roles("PHONE_MANAGER")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("not yours")));
        mvc.perform(post("/workbench/tasks/" + task + "/outcome").param("outcome", "NOT_REACHED").param("note", "no answer")
                        .param("indicator", "")
                        .header("HX-Request", "true").with(user("pm02").roles("PHONE_MANAGER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-status=\"FAILED\""), containsString("no answer"),
                        not(containsString("<html")))));
        assertThat(jdbc.sql("select outcome from tasks where id = ?").param(task).query(String.class).single())
                .isEqualTo("NOT_REACHED");
    }

    @Test
    void supervisorsSeeTheTeamAndAnalystsEditTheCatalog() throws Exception {
        mvc.perform(get("/workbench/team").with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-username=\"pm02\""), containsString("40"))));
        mvc.perform(get("/workbench/team").with(user("pm02").roles("PHONE_MANAGER"))).andExpect(status().isForbidden());

        mvc.perform(get("/moments/catalog").param("lang", "en").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("type-BIRTHDAY"), containsString("Data used without a data plan"))));
        mvc.perform(post("/moments/catalog/SPEND_DROP").with(user("pm01").roles("PHONE_MANAGER")).with(csrf())
                        .param("windowDays", "10").param("slaHours", "24").param("channel", "SMS")
                        .param("params", "{}").param("scriptZh", "x").param("scriptEn", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/moments/catalog/SPEND_DROP").with(user("analyst").roles("ANALYST")).with(csrf())
                        .param("enabled", "true").param("windowDays", "10").param("slaHours", "24").param("channel", "PHONE_MANAGER")
                        .param("params", "{\"dropPercent\": 30, \"minAverageYuan\": 80, \"baselineMonths\": 3}")
                        .param("scriptZh", "{name}您好，{detail}。").param("scriptEn", "Hello {name}: {detail}."))
                .andExpect(redirectedUrl("/moments/catalog?saved=SPEND_DROP"));
        assertThat(jdbc.sql("select rule_params ->> 'dropPercent' || ' ' || window_days || ' ' || updated_by from moment_types where code = 'SPEND_DROP'")
                .query(String.class).single()).isEqualTo("30.0 10 analyst");
        mvc.perform(post("/moments/catalog/SPEND_DROP").with(user("analyst").roles("ANALYST")).with(csrf())
                        .param("windowDays", "10").param("slaHours", "0").param("channel", "PHONE_MANAGER")
                        .param("params", "{}").param("scriptZh", "x").param("scriptEn", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("slaHours must be between 1 and 8784")));
    }
}
