package io.manyi.complaints;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The six steps, the pause of the SLA clock, closure with compensation, callback and survey. */
@IntegrationTest
@AutoConfigureMockMvc
class TicketHandlingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    long id;

    @BeforeEach
    void fixture() throws Exception {
        ComplaintFixture.load(jdbc, demoUsers, seed);
        String body = call("", """
                {"msisdn": "13800000001", "channel": "HOTLINE", "category": "VAS_UNKNOWING_SUBSCRIPTION",
                 "severity": "MEDIUM", "description": "客户称从未订购该业务"}""").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        id = ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions call(String path, String json) throws Exception {
        return mvc.perform(post("/api/v1/tickets" + (path.isEmpty() ? "" : "/" + id + path))
                .with(httpBasic("agent", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions step(String step, String extra) throws Exception {
        return call("/steps", "{\"step\": \"" + step + "\", \"note\": \"" + step.toLowerCase() + " done\"" + extra + "}");
    }

    @Test
    void closingNeedsARemedyAndAgreementThenCompensatesCallsBackAndSurveys() throws Exception {
        step("LISTEN", "").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.steps[0].recorded").value(true))
                .andExpect(jsonPath("$.steps[0].note").value("listen done"));
        call("/close", "{}").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("no-remedy"));
        step("PROPOSE_REMEDY", ", \"remedy\": {\"text\": \"退订并补偿积分\", \"points\": 300, \"feeCreditYuan\": 10.50}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.remedy.points").value(300));
        call("/close", "{}").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("no-agreement"));
        step("GET_AGREEMENT", ", \"agreed\": true").andExpect(status().isOk());
        call("/close", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closedAt").isString());
        call("/close", "{}").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ticket-final"));

        assertThat(jdbc.sql("select coalesce(sum(points), 0) from points_entries where msisdn = '13800000001' and idempotency_key = ?")
                .param("complaint:" + id).query(Long.class).single()).isEqualTo(300);
        assertThat(jdbc.sql("select amount from fee_credits where ticket_id = ?").param(id).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("10.50");
        String payload = jdbc.sql("select payload::text from domain_events where type = 'ComplaintClosed' and subject = '13800000001'")
                .query(String.class).single();
        assertThat(JsonPath.<Integer>read(payload, "$.ticketId")).isEqualTo((int) id);
        assertThat(JsonPath.<String>read(payload, "$.category")).isEqualTo("VAS_UNKNOWING_SUBSCRIPTION");
        assertThat(JsonPath.<String>read(payload, "$.severity")).isEqualTo("MEDIUM");
        assertThat(jdbc.sql("select count(*) from callback_tasks where reason = 'COMPLAINT_CLOSED' and ticket_id = ?")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select status from surveys where ticket_id = ?").param(id).query(String.class).single())
                .isEqualTo("SENT");
        assertThat(jdbc.sql("select count(*) from sms_outbox where msisdn = '13800000001' and template = 'survey'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from sla_timers where ticket_id = ? and fired_at is null").param(id)
                .query(Integer.class).single()).isZero();
        String history = mvc.perform(get("/api/v1/tickets/" + id + "/history").with(httpBasic("agent", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(history, "$.items[*].action"))
                .contains("OPENED", "STEP_RECORDED", "POINTS_CREDITED", "FEE_CREDITED", "CLOSED", "STATUS_CHANGED");
    }

    @Test
    void withoutAgreementAReasonIsNeeded() throws Exception {
        step("PROPOSE_REMEDY", ", \"remedy\": {\"text\": \"解释计费规则\"}").andExpect(status().isOk());
        step("GET_AGREEMENT", ", \"agreed\": false").andExpect(status().isBadRequest());
        call("/close", "{\"reasonWithoutAgreement\": \"客户坚持要求全额退费，超出政策\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void aRemedyAboveTheLimitIsRefused() throws Exception {
        step("PROPOSE_REMEDY", ", \"remedy\": {\"text\": \"补偿\", \"points\": 999999}")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("remedy-too-large"));
    }

    @Autowired
    SlaTimers timers;

    @Test
    void waitingForTheCustomerPausesTheClockAndResumingMovesTheDueTime() throws Exception {
        call("/status", "{\"status\": \"WAITING_CUSTOMER\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WAITING_CUSTOMER"))
                .andExpect(jsonPath("$.slaDueAt").doesNotExist());
        assertThat(jdbc.sql("select count(*) from sla_timers where ticket_id = ? and due_at is null").param(id)
                .query(Integer.class).single()).isEqualTo(2);
        // Opened three days ago, waiting for the customer since two days ago (whatever the hour of this run,
        // both stretches hold business time): the waiting time must not count.
        jdbc.sql("update tickets set opened_at = opened_at - interval '3 days' where id = ?").param(id).update();
        jdbc.sql("update ticket_pauses set started_at = started_at - interval '2 days' where ticket_id = ?").param(id).update();
        String resumed = call("/status", "{\"status\": \"IN_PROGRESS\"}").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Instant newDue = Instant.parse(JsonPath.read(resumed, "$.slaDueAt"));
        Instant opened = jdbc.sql("select opened_at from tickets where id = ?").param(id).query(java.sql.Timestamp.class).single().toInstant();
        record Pause(java.sql.Timestamp start, java.sql.Timestamp end) {
        }
        Pause pause = jdbc.sql("select started_at, ended_at from ticket_pauses where ticket_id = ?").param(id)
                .query((rs, n) -> new Pause(rs.getTimestamp(1), rs.getTimestamp(2))).single();
        BusinessCalendar calendar = timers.calendar();
        java.time.Duration waited = calendar.between(pause.start().toInstant(), pause.end().toInstant());
        assertThat(waited).isPositive();
        long budget = JsonPath.<Number>read(resumed, "$.slaMinutes").longValue();
        assertThat(calendar.between(opened, newDue).minus(waited)).isEqualTo(java.time.Duration.ofMinutes(budget));
        assertThat(timers.elapsed(id, opened, pause.end().toInstant()))
                .isEqualTo(calendar.between(opened, pause.start().toInstant()));
        assertThat(jdbc.sql("select count(*) from sla_timers where ticket_id = ? and due_at is not null").param(id)
                .query(Integer.class).single()).isEqualTo(2);
    }
}
