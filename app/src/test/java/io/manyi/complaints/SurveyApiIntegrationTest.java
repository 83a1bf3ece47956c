package io.manyi.complaints;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.satisfaction.Surveys;
import io.manyi.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** The survey contract lines of issue 6: list sent surveys, take replies, low score -> callback. */
@IntegrationTest
@AutoConfigureMockMvc
class SurveyApiIntegrationTest {

    static final String MSISDN = ComplaintFixture.NO_STARS;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    @Autowired
    Surveys surveys;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    long surveyId;

    @BeforeEach
    void fixture() {
        ComplaintFixture.load(jdbc, demoUsers, seed);
        surveyId = new TransactionTemplate(transactions).execute(status ->
                surveys.afterTouchpoint(MSISDN, "COMPLAINT_CLOSED", null, "test-1").orElseThrow());
    }

    ResultActions reply(String text) throws Exception {
        return mvc.perform(post("/api/v1/surveys/replies").with(httpBasic("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\": \"" + MSISDN + "\", \"text\": \"" + text + "\"}"));
    }

    @Test
    void sentSurveysAreListedWithTheirNumberUnmaskedForAnAdmin() throws Exception {
        mvc.perform(get("/api/v1/surveys").param("status", "SENT").param("limit", "5").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value((int) surveyId))
                .andExpect(jsonPath("$.items[0].msisdn").value(MSISDN));
        mvc.perform(get("/api/v1/surveys").param("status", "SENT").with(httpBasic("analyst", PASSWORD)))
                .andExpect(jsonPath("$.items[0].msisdn").value("138****0001"));
    }

    @Test
    void aLowScoreCreatesACallbackAndAnEventAndOnlyTheFirstAnswerCounts() throws Exception {
        reply("3").andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ANSWERED"))
                .andExpect(jsonPath("$.lowScore").value(true));
        mvc.perform(get("/api/v1/callbacks").param("status", "OPEN").with(httpBasic("agent", PASSWORD)))
                .andExpect(jsonPath("$.items[0].reason").value("LOW_SURVEY_SCORE"))
                .andExpect(jsonPath("$.items[0].surveyId").value((int) surveyId));
        String payload = jdbc.sql("select payload::text from domain_events where type = 'SurveyScoredLow'").query(String.class).single();
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(payload, "$.score")).isEqualTo(3);
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(payload, "$.surveyId")).isEqualTo((int) surveyId);
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(payload, "$.touchpoint")).isEqualTo("COMPLAINT_CLOSED");
        reply("10").andExpect(jsonPath("$.outcome").value("ALREADY_ANSWERED"));
        assertThat(jdbc.sql("select score from surveys where id = ?").param(surveyId).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from survey_replies where survey_id = ?").param(surveyId).query(Integer.class).single())
                .isEqualTo(2);
        // This context's catalog is empty (no SURVEY_CALLBACK moment type): the callback never becomes a
        // workbench task, so its record is completed by hand (CallbackTasksIntegrationTest: when it does).
        long callback = jdbc.sql("select id from callback_tasks").query(Long.class).single();
        mvc.perform(post("/api/v1/callbacks/" + callback + "/done").with(httpBasic("agent", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"客户不知道开通了彩铃\", \"indicator\": \"SUBSCRIPTION_CONFIRMED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.indicator").value("SUBSCRIPTION_CONFIRMED"));
    }

    @Test
    void anUnknownReplyIsKeptAndFlaggedAndTheSurveyStaysOpen() throws Exception {
        reply("谢谢你们").andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("NOT_UNDERSTOOD"));
        assertThat(jdbc.sql("select status from surveys where id = ?").param(surveyId).query(String.class).single()).isEqualTo("SENT");
        mvc.perform(get("/api/v1/surveys/replies/unknown").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.items[0].text").value("谢谢你们"));
        reply("8 7 9").andExpect(jsonPath("$.outcome").value("ANSWERED")).andExpect(jsonPath("$.lowScore").value(false));
        assertThat(jdbc.sql("select dimension_scores from surveys where id = ?").param(surveyId).query(String.class).single())
                .isEqualTo("7,9");
        assertThat(jdbc.sql("select count(*) from callback_tasks").query(Integer.class).single()).isZero();
    }

    @Test
    void aReplyWithoutASurveyIsKeptButAnswersNothing() throws Exception {
        mvc.perform(post("/api/v1/surveys/replies").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"msisdn\": \"13700001234\", \"text\": \"9\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("NO_OPEN_SURVEY"));
        mvc.perform(post("/api/v1/surveys/replies").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\": \"12\", \"text\": \"9\"}")).andExpect(status().isBadRequest());
    }
}
