package io.manyi.moments;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.manyi.complaints.CategorySeed;
import io.manyi.complaints.ComplaintFixture;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 5's "closing a complaint creates a callback task within seconds", with issue 6's callbacks
 * as key moments: the closure (and a low survey score) through the API, the moments' event consumer
 * polled as the server's job does, the task on the subscriber's phone manager's workbench, and its
 * outcome completing the satisfaction record - which no one can work a second time by hand.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CallbackTasksIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    CategorySeed seed;
    @Autowired
    MomentEvents events;
    @Autowired
    MomentDispatch dispatch;
    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void province() {
        ComplaintFixture.load(jdbc, demoUsers, seed);
        MomentsFixture.seedCatalog(jdbc);
    }

    @Test
    void aClosedComplaintIsACallbackTaskWhoseOutcomeCompletesTheSatisfactionRecord() throws Exception {
        long ticket = closeComplaint(OF_PM02);
        long callback = jdbc.sql("select id from callback_tasks where ticket_id = ?").param(ticket).query(Long.class).single();
        done(callback, "agent", "{\"outcome\": \"called\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("callback-pending"));

        long task = taskWithinSeconds(OF_PM02);
        mvc.perform(get("/api/v1/workbench/tasks").param("assignee", "pm02").with(httpBasic("pm02", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(task))
                .andExpect(jsonPath("$.items[0].type").value("COMPLAINT_CALLBACK"))
                .andExpect(jsonPath("$.items[0].callback").value(true));
        mvc.perform(get("/api/v1/callbacks").param("msisdn", OF_PM02).with(httpBasic("agent", PASSWORD)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"))
                .andExpect(jsonPath("$.items[0].momentStatus").value("TASKED"))
                .andExpect(jsonPath("$.items[0].taskId").value(task))
                .andExpect(jsonPath("$.items[0].assignee").value("pm02"));
        // The callback is pm02's call now: the satisfaction record is not a second queue.
        done(callback, "agent", "{\"outcome\": \"called\", \"indicator\": \"OTHER\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("callback-on-workbench"));

        outcome(task, "{\"outcome\": \"REACHED\", \"indicator\": \"NO_SUCH_THING\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("bad-indicator"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("FEES_UNDERSTOOD")));
        outcome(task, "{\"outcome\": \"REACHED\", \"note\": \"退订后满意\", \"indicator\": \"subscription_confirmed\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));

        Map<String, Object> record = jdbc.sql("select status, outcome, indicator, done_by from callback_tasks where id = ?")
                .param(callback).query().singleRow();
        assertThat(record).containsEntry("status", "DONE").containsEntry("outcome", "REACHED: 退订后满意")
                .containsEntry("indicator", "SUBSCRIPTION_CONFIRMED").containsEntry("done_by", "pm02");
        done(callback, "agent", "{\"outcome\": \"called\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("callback-done"));
    }

    @Test
    void aLowSurveyScoreIsACallbackTaskToo() throws Exception {
        long ticket = closeComplaint(OF_PM02);
        long complaintTask = taskWithinSeconds(OF_PM02);
        outcome(complaintTask, "{\"outcome\": \"NOT_REACHED\", \"indicator\": \"EASY_TO_USE\"}").andExpect(status().isOk());
        // Not reached: the record is complete, but says nothing the customer did not say.
        assertThat(jdbc.sql("select status || ' ' || outcome || ' ' || coalesce(indicator, '-') from callback_tasks where ticket_id = ?")
                .param(ticket).query(String.class).single()).isEqualTo("DONE NOT_REACHED -");

        mvc.perform(post("/api/v1/surveys/replies").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"msisdn\": \"" + OF_PM02 + "\", \"text\": \"3\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lowScore").value(true));
        long task = taskWithinSeconds(OF_PM02);
        assertThat(task).isNotEqualTo(complaintTask);
        mvc.perform(get("/api/v1/workbench/tasks/" + task).with(httpBasic("pm02", PASSWORD)))
                .andExpect(jsonPath("$.type").value("SURVEY_CALLBACK")).andExpect(jsonPath("$.callback").value(true));
        outcome(task, "{\"outcome\": \"REACHED_ACCEPTED\", \"indicator\": \"FEES_UNDERSTOOD\"}").andExpect(status().isOk());
        assertThat(jdbc.sql("select status || ' ' || indicator from callback_tasks where reason = 'LOW_SURVEY_SCORE'")
                .query(String.class).single()).isEqualTo("DONE FEES_UNDERSTOOD");
    }

    @Test
    void onlyACallbackMayTakeTheDaysReserveAndACallbackIsNeverATextMessage() {
        // One call a day each: with the 10 % reserve (rounded up) that one call is kept for callbacks.
        jdbc.sql("update staff set daily_capacity = 1 where username in ('pm01', 'pm02')").update();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        waiting("STAR_UPGRADE", OF_PM01, today);
        waiting("SURVEY_CALLBACK", OF_PM02, today);

        dispatch.dispatch(today, java.util.List.of(OF_PM01, OF_PM02));

        assertThat(jdbc.sql("select msisdn || ' ' || status from moments order by msisdn").query(String.class).list())
                .containsExactly(OF_PM01 + " SMS", OF_PM02 + " TASKED");
        assertThat(jdbc.sql("select assignee from tasks where msisdn = ?").param(OF_PM02).query(String.class).single())
                .isEqualTo("pm02");
        // The reserve is taken: the next callback of pm02's waits for room, worth little as it is, instead of a text.
        jdbc.sql("insert into assignments values (?, 'PHONE_MANAGER', 'pm02', '2024-01-01')").param(UNASSIGNED).update();
        waiting("SURVEY_CALLBACK", UNASSIGNED, today);
        dispatch.dispatch(today, java.util.List.of(UNASSIGNED));
        assertThat(jdbc.sql("select status from moments where msisdn = ?").param(UNASSIGNED).query(String.class).single())
                .isEqualTo("NEW");
    }

    /** A moment worth 10 yuan (below the 30 yuan under which a call that finds no room goes by text). */
    private void waiting(String type, String msisdn, java.time.LocalDate day) {
        jdbc.sql("""
                insert into moments (type, msisdn, occurrence, detected_on, window_ends, source, detail_zh, detail_en,
                                     value_yuan, expected_value, status, created_at)
                values (?, ?, 'test', ?, ?, 'EVENT', '测试', 'test', 100, 10, 'NEW', now())
                """).params(type, msisdn, day, day).update();
    }

    @Test
    void aCallbackThatNeverBecameACallIsCompletedByHandAndOtherTasksTakeNoIndicator() throws Exception {
        // 13800000001 spends nothing: the moment is worth less than its cost and goes out as a text message.
        closeComplaint(OF_PM01);
        events.poll();
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();
        String listed = mvc.perform(get("/api/v1/callbacks").param("msisdn", OF_PM01).with(httpBasic("agent", PASSWORD)))
                .andExpect(jsonPath("$.items[0].momentStatus").value("SMS"))
                .andReturn().getResponse().getContentAsString();
        long callback = ((Number) JsonPath.read(listed, "$.items[0].id")).longValue();
        done(callback, "agent", "{\"outcome\": \"客户表示资费说明不清\", \"indicator\": \"FEES_UNDERSTOOD\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.indicator").value("FEES_UNDERSTOOD"));

        jdbc.sql("update moment_types set action_kind = 'CARE_CALL' where code = 'COMPLAINT_CALLBACK'").update();
        closeComplaint(OF_PM02);
        long task = taskWithinSeconds(OF_PM02);
        outcome(task, "{\"outcome\": \"REACHED\", \"indicator\": \"OTHER\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("not-a-callback"));
    }

    /** Logs a complaint and closes it through the API (remedy and agreement first); returns its id. */
    private long closeComplaint(String msisdn) throws Exception {
        String body = mvc.perform(post("/api/v1/tickets").with(httpBasic("agent", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"msisdn\": \"" + msisdn + "\", \"channel\": \"HOTLINE\", \"category\": \"VAS_UNKNOWING_SUBSCRIPTION\","
                                + " \"severity\": \"MEDIUM\", \"description\": \"客户称从未订购该业务\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        ticket(id, "/steps", "{\"step\": \"PROPOSE_REMEDY\", \"note\": \"退订\", \"remedy\": {\"text\": \"退订并退费\"}}");
        ticket(id, "/steps", "{\"step\": \"GET_AGREEMENT\", \"note\": \"同意\", \"agreed\": true}");
        ticket(id, "/close", "{}");
        return id;
    }

    private void ticket(long id, String path, String json) throws Exception {
        mvc.perform(post("/api/v1/tickets/" + id + path).with(httpBasic("agent", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isOk());
    }

    /** Polls as the server's job does (every 500 ms) until the subscriber has an open task; at most 5 seconds. */
    private long taskWithinSeconds(String msisdn) throws Exception {
        long started = System.nanoTime();
        while (true) {
            events.poll();
            var open = jdbc.sql("select id from tasks where msisdn = ? and status in ('NEW','ASSIGNED','IN_PROGRESS')")
                    .param(msisdn).query(Long.class).optional();
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            if (open.isPresent()) {
                assertThat(waited).isLessThan(Duration.ofSeconds(5));
                return open.get();
            }
            assertThat(waited).as("a callback task within 5 seconds").isLessThan(Duration.ofSeconds(5));
            Thread.sleep(500);
        }
    }

    private ResultActions outcome(long task, String json) throws Exception {
        return mvc.perform(post("/api/v1/workbench/tasks/" + task + "/outcome").with(httpBasic("pm02", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions done(long callback, String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/callbacks/" + callback + "/done").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
