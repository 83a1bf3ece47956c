package io.manyi.moments;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Immediate moments from events become tasks within capacity; the task API and its contract. */
@IntegrationTest
@AutoConfigureMockMvc
class TaskApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    MomentEvents events;
    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void province() {
        MomentsFixture.load(jdbc, demoUsers);
        today = LocalDate.now(clock);
    }

    private void event(String type, String subject, String month, String payload, String key) {
        jdbc.sql("""
                insert into domain_events (type, subject, business_month, payload, dedup_key, occurred_at)
                values (?, ?, cast(? as date), cast(? as jsonb), ?, now())
                """).params(type, subject, month, payload, key).update();
    }

    private String lastMonth() {
        return today.withDayOfMonth(1).minusMonths(1).toString();
    }

    private long taskOf(String msisdn) {
        return jdbc.sql("select id from tasks where msisdn = ?").param(msisdn).query(Long.class).single();
    }

    @Test
    void eventsBecomeTasksOnceEvenWhenConsumedTwice() {
        event("ComplaintClosed", OF_PM02, null, "{\"ticketId\":42,\"category\":\"计费争议\",\"severity\":\"HIGH\"}", "c:T42");
        event("SurveyScoredLow", OF_PM02, null, "{\"surveyId\":7,\"score\":3,\"touchpoint\":\"HOTLINE\"}", "s:7");
        // 张小明 spends 200 yuan a month: the upgrade is worth a call (200 x 12 x 0.02 - 3 = 45 yuan).
        jdbc.sql("""
                insert into usage_monthly select ?, m::date, 200, 100, 0, 0, 10, 200, 0, 0, 0, 30, 1
                from generate_series(date '2024-11-01', date '2025-01-01', interval '1 month') m
                """).param(OF_PM01).update();
        event("StarLevelChanged", OF_PM01, lastMonth(), "{\"from\":3,\"to\":4,\"score\":61,\"reasons\":[]}", "star:1");
        event("StarLevelChanged", "13500000001", lastMonth(), "{\"from\":null,\"to\":4}", "star:2"); // first assessment
        event("StarLevelChanged", "13500000003", "2024-01-01", "{\"from\":2,\"to\":4}", "star:3"); // history, not news
        event("TierRecalculated", OF_PM01, null, "{}", "other:1"); // not ours

        MomentEvents.Polled polled = events.poll();
        assertThat(polled.events()).isEqualTo(6);
        assertThat(polled.moments()).isEqualTo(3);
        // The complaint and the survey are two reasons of one call to 李四海 (pm02); the upgrade is pm01's.
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from moments where task_id = ?").param(taskOf(OF_PM02)).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select assignee || ' ' || due_on from tasks where msisdn = ?").param(OF_PM01)
                .query(String.class).single()).isEqualTo("pm01 " + today);

        // A crash before the mark moved: the same events again change nothing.
        jdbc.sql("update event_consumers set last_txid = '0', last_id = 0 where consumer = 'moments'").update();
        assertThat(events.poll().moments()).isZero();
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from moments").query(Long.class).single()).isEqualTo(3);
        assertThat(events.poll().events()).isZero();
    }

    @Test
    void contractListsMaskedTasksWithReasonsAndRecordsAnOutcomeOnce() throws Exception {
        event("ComplaintClosed", OF_PM02, null, "{\"ticketId\":42,\"category\":\"计费争议\",\"severity\":\"HIGH\"}", "c:T42");
        events.poll();
        long id = taskOf(OF_PM02);

        mvc.perform(get("/api/v1/workbench/tasks").param("assignee", "pm02").param("date", today.toString())
                        .param("lang", "en").with(httpBasic("pm02", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].msisdn").value("139****5678"))
                .andExpect(jsonPath("$.items[0].type").value("COMPLAINT_CALLBACK"))
                .andExpect(jsonPath("$.items[0].status").value("ASSIGNED"))
                .andExpect(jsonPath("$.items[0].campaignId").value(nullValue()))
                .andExpect(jsonPath("$.items[0].reasons", hasSize(1)))
                .andExpect(jsonPath("$.items[0].reasons[0].detail").value("your complaint (计费争议, ticket 42) was closed"))
                .andExpect(jsonPath("$.items[0].script").value(org.hamcrest.Matchers.startsWith("Hello 李四海")));
        mvc.perform(get("/api/v1/workbench/tasks").param("assignee", "pm02").with(httpBasic("pm01", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/workbench/tasks").param("assignee", "pm02").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].msisdn").value(OF_PM02));

        String accepted = "{\"outcome\": \"REACHED_ACCEPTED\", \"note\": \"fixed, thanked us\"}";
        mvc.perform(post("/api/v1/workbench/tasks/" + id + "/outcome").with(httpBasic("pm01", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(accepted))
                .andExpect(status().isForbidden());
        String first = mvc.perform(post("/api/v1/workbench/tasks/" + id + "/outcome").with(httpBasic("pm02", PASSWORD))
                        .header("Idempotency-Key", "k1").contentType(MediaType.APPLICATION_JSON).content(accepted))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.outcome").value("REACHED_ACCEPTED"))
                .andReturn().getResponse().getContentAsString();
        String replay = mvc.perform(post("/api/v1/workbench/tasks/" + id + "/outcome").with(httpBasic("pm02", PASSWORD))
                        .header("Idempotency-Key", "k1").contentType(MediaType.APPLICATION_JSON).content(accepted))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(replay).isEqualTo(first);
        mvc.perform(post("/api/v1/workbench/tasks/" + id + "/outcome").with(httpBasic("pm02", PASSWORD))
                        .header("Idempotency-Key", "k1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"REFUSED\"}"))
                .andExpect(status().isUnprocessableContent());
        // Without the key a second outcome is refused: the task is closed.
        mvc.perform(post("/api/v1/tasks/" + id + "/outcome").with(httpBasic("pm02", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"NOT_REACHED\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("closed"));
        assertThat(jdbc.sql("select count(*) from task_history where task_id = ? and action = 'outcome'").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void callBacksAreCountedAndSupervisorsSeeTheLoadAndReassign() throws Exception {
        event("ComplaintClosed", OF_PM02, null, "{\"ticketId\":9,\"category\":\"网络质量\",\"severity\":\"LOW\"}", "c:T9");
        events.poll();
        long id = taskOf(OF_PM02);
        String tomorrow = today.plusDays(1) + "T10:00";
        mvc.perform(post("/api/v1/tasks/" + id + "/callback").with(httpBasic("pm02", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"at\": \"" + today.plusDays(1) + "T23:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("quiet-hours"));
        mvc.perform(post("/api/v1/tasks/" + id + "/callback").with(httpBasic("pm02", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"at\": \"" + tomorrow + "\", \"note\": \"busy\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(get("/api/v1/workbench/summary").param("assignee", "pm02").with(httpBasic("pm02", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.appointments.processed").value(0))
                .andExpect(jsonPath("$.appointments.due").value(0))
                .andExpect(jsonPath("$.appointments.notDue").value(1))
                .andExpect(jsonPath("$.campaigns", hasSize(0)));

        mvc.perform(get("/api/v1/workbench/load").param("date", today.plusDays(1).toString()).with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.username == 'pm02')].assigned").value(1))
                .andExpect(jsonPath("$.items[?(@.username == 'pm02')].capacity").value(40))
                .andExpect(jsonPath("$.items[?(@.username == 'pm01')].capacity").value(MomentsFixture.CAPACITY));
        mvc.perform(get("/api/v1/workbench/load").with(httpBasic("pm02", PASSWORD))).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/tasks/" + id + "/reassign").with(httpBasic("pm02", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assignee\": \"pm01\"}"))
                .andExpect(status().isForbidden());
        // pm01's book has not this subscriber: pm01 could not open the task.
        mvc.perform(post("/api/v1/tasks/" + id + "/reassign").with(httpBasic("supervisor", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assignee\": \"pm01\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("not-in-book"));
        // am01 looks after the subscriber's group.
        mvc.perform(post("/api/v1/tasks/" + id + "/reassign").with(httpBasic("supervisor", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assignee\": \"am01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("am01"))
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        mvc.perform(get("/api/v1/tasks/" + id).with(httpBasic("pm02", PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void analystsEditTheCatalogAndSupervisorsKeepTheDoNotCallList() throws Exception {
        mvc.perform(put("/api/v1/moments/types/BIRTHDAY").with(httpBasic("pm01", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/moments/types/BIRTHDAY").with(httpBasic("analyst", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"windowDays\": 400}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value("windowDays must be between 0 and 366"));
        mvc.perform(put("/api/v1/moments/types/BIRTHDAY").with(httpBasic("analyst", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\": false, \"params\": {\"daysAhead\": 5}, \"channel\": \"SMS\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.params.daysAhead").value(5.0))
                .andExpect(jsonPath("$.channel").value("SMS"))
                .andExpect(jsonPath("$.cycle").value("DAILY"));
        mvc.perform(get("/api/v1/moments/types").with(httpBasic("pm01", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/moments/types").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(16)));

        mvc.perform(post("/api/v1/do-not-call/import").with(httpBasic("supervisor", PASSWORD))
                        .contentType("text/csv").content("msisdn,reason\n13800000001,asked\nnot-a-number\n"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from do_not_call").query(Long.class).single()).isZero();
        mvc.perform(post("/api/v1/do-not-call/import").with(httpBasic("supervisor", PASSWORD))
                        .contentType("text/csv").content("msisdn,reason\n13800000001,asked\n13912345678\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(2));
        event("ComplaintClosed", OF_PM02, null, "{\"ticketId\":1,\"category\":\"x\",\"severity\":\"LOW\"}", "c:T1");
        events.poll();
        assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select suppressed_reason from moments").query(String.class).single()).isEqualTo("do-not-call");
    }
}
