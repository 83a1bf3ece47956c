package io.manyi.complaints;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Imported complaints become tickets once; the analysis counts them by department, city and cause. */
@IntegrationTest
@AutoConfigureMockMvc
class ComplaintAnalysisIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    @Autowired
    ImportedComplaints imported;

    @Autowired
    Tickets tickets;

    @BeforeEach
    void fixture() {
        ComplaintFixture.load(jdbc, demoUsers, seed);
        jdbc.sql("""
                insert into complaints values
                  ('C3', '13800000001', 'HOTLINE', 'NETWORK_SLOW', 'HIGH', '2024-12-03 10:00', '2024-12-03 12:00', '网速慢'),
                  ('C4', '13700001234', 'SMS', 'NETWORK_SLOW', 'LOW', '2024-12-04 10:00', '2024-12-20 10:00', '网速慢'),
                  ('C5', '13700001234', 'HALL', 'HALL_WAIT', 'LOW', '2024-12-05 10:00', '2024-12-05 11:00', '排队')
                """).update();
    }

    @Test
    void importedComplaintsAreAdoptedOnceWithTheirState() {
        assertThat(imported.adoptAll()).isEqualTo(5);
        assertThat(imported.adoptAll()).isZero();
        // C1 is still open in the export two years after it was opened: not followed here, cancelled as stale
        assertThat(jdbc.sql("select status from tickets where complaint_id = 'C1'").query(String.class).single()).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("select action from ticket_history h join tickets t on t.id = h.ticket_id where t.complaint_id = 'C1' order by h.id")
                .query(String.class).list()).containsExactly("IMPORTED", "IMPORT_STALE");
        assertThat(jdbc.sql("select status from tickets where complaint_id = 'C2'").query(String.class).single()).isEqualTo("CLOSED");
        // closed in two hours: within the SLA; open for two years: breached
        assertThat(jdbc.sql("select sla_breached_at is null from tickets where complaint_id = 'C3'").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select sla_breached_at is null from tickets where complaint_id = 'C1'").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select action from ticket_history h join tickets t on t.id = h.ticket_id where t.complaint_id = 'C4'")
                .query(String.class).list()).containsExactly("IMPORTED");
        // C3 and C4 are different subscribers: no repeat; a third network complaint of 13700001234 a week after C4 is one
        assertThat(jdbc.sql("select count(*) from tickets where repeat_of is not null").query(Integer.class).single()).isZero();
        jdbc.sql("insert into complaints values ('C6', '13700001234', 'SMS', 'NETWORK_SLOW', 'LOW', '2024-12-11 10:00', null, '又慢')").update();
        assertThat(imported.adoptAll()).isEqualTo(1);
        assertThat(jdbc.sql("select e.complaint_id from tickets t join tickets e on e.id = t.repeat_of where t.complaint_id = 'C6'")
                .query(String.class).single()).isEqualTo("C4");
    }

    /**
     * The SLA rules apply to imported complaints: an open one gets its timers and the poller warns and
     * escalates it when overdue; one the export later says is closed is closed; one open in the export
     * longer than the stale window is cancelled; one an agent has worked on is left alone.
     */
    @Test
    void importedOpenComplaintsAreEscalatedClosedOrCancelledAsTheRulesSay() {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        java.time.LocalDateTime tenDaysAgo = java.time.LocalDateTime.now(zone).minusDays(10).withNano(0);
        java.time.LocalDateTime hourAgo = java.time.LocalDateTime.now(zone).minusHours(1).withNano(0);
        jdbc.sql("""
                insert into complaints values
                  ('R1', '13800000001', 'HOTLINE', 'NETWORK_SLOW', 'HIGH', ?, null, '网速慢'),
                  ('R2', '13800000001', 'REGULATOR', 'BILLING_ERROR', 'HIGH', ?, null, '工信部转来'),
                  ('R3', '13700001234', 'HOTLINE', 'HALL_WAIT', 'LOW', ?, null, '排队')
                """).params(tenDaysAgo, tenDaysAgo, hourAgo).update();
        imported.adoptAll();
        java.util.function.Function<String, String> status = id -> jdbc.sql("select status from tickets where complaint_id = ?")
                .param(id).query(String.class).single();
        assertThat(status.apply("R1")).isEqualTo("OPEN");
        assertThat(jdbc.sql("select count(*) from sla_timers s join tickets t on t.id = s.ticket_id where t.complaint_id in ('R1', 'R2', 'R3')")
                .query(Long.class).single()).isEqualTo(6);
        // ten days on, both overdue: the poller escalates them (and stamps the breach at the due time); R3 is not due
        int fired = timers.fireDue(java.time.Instant.now(), 100);
        assertThat(fired).isEqualTo(4);
        assertThat(jdbc.sql("select escalation_level from tickets where complaint_id = 'R1'").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select sla_breached_at = sla_due_at from tickets where complaint_id = 'R2'").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select escalation_level from tickets where complaint_id = 'R3'").query(Integer.class).single()).isZero();
        // the appeal had 12 business hours, the hotline complaint 24
        assertThat(jdbc.sql("select sla_minutes from tickets where complaint_id = 'R2'").query(Integer.class).single()).isEqualTo(12 * 60);

        // a later export says R1 was closed: the untouched ticket closes with the export's time; R2 was worked on: left alone
        jdbc.sql("update complaints set closed_at = ? where complaint_id in ('R1', 'R2')").param(hourAgo).update();
        long r2 = jdbc.sql("select id from tickets where complaint_id = 'R2'").query(Long.class).single();
        handling.record(r2, new TicketHandling.StepRecord(HandlingStep.LISTEN, "已联系客户", null, null, null), "agent");
        ImportedComplaints.Reconciled done = imported.reconcile();
        assertThat(done.closed()).isEqualTo(1);
        assertThat(status.apply("R1")).isEqualTo("CLOSED");
        assertThat(status.apply("R2")).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.sql("select action from ticket_history h join tickets t on t.id = h.ticket_id where t.complaint_id = 'R1' order by h.id")
                .query(String.class).list()).containsExactly("IMPORTED", "SLA_WARNING", "SLA_ESCALATED", "IMPORT_CLOSED");
        // run again: nothing more to do
        assertThat(imported.reconcile()).isEqualTo(new ImportedComplaints.Reconciled(0, 0, 0));
    }

    @Autowired
    SlaTimers timers;

    @Autowired
    TicketHandling handling;

    @Test
    void figuresByDepartmentAndCityAndTheParetoOfCauses() throws Exception {
        imported.adoptAll();
        mvc.perform(get("/api/v1/tickets/analysis").param("by", "department").param("from", "2024-01-01").param("to", "2024-12-31")
                        .with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.group == 'NETWORK')].tickets").value(org.hamcrest.Matchers.contains(2)))
                .andExpect(jsonPath("$.items[?(@.group == 'CHANNELS')].tickets").value(org.hamcrest.Matchers.contains(1)));
        // 3 subscribers: 5 tickets = 1,666,666.7 per million
        mvc.perform(get("/api/v1/tickets/analysis").param("by", "city").param("from", "2024-01-01").param("to", "2024-12-31")
                        .with(httpBasic("analyst", PASSWORD)))
                .andExpect(jsonPath("$.items[?(@.group == '深圳')].perMillion").value(org.hamcrest.Matchers.contains(2000000.0)));
        String pareto = mvc.perform(get("/api/v1/tickets/analysis/pareto").param("from", "2024-01-01").param("to", "2024-12-31")
                        .with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(pareto, "$.items[*].category").getFirst()).isEqualTo("NETWORK_SLOW");
        assertThat(com.jayway.jsonpath.JsonPath.<List<Double>>read(pareto, "$.items[-1:].cumulativeShare").getFirst()).isEqualTo(1.0);
        String csv = mvc.perform(get("/api/v1/tickets/analysis/export.csv").param("by", "channel").param("from", "2024-01-01")
                        .param("to", "2024-12-31").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(4).first().asString().contains("channel,tickets,per_million");
        mvc.perform(get("/api/v1/tickets/analysis").param("by", "colour").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/tickets/analysis").with(httpBasic("agent", PASSWORD))).andExpect(status().isForbidden());
    }

    /** The Excel export opens (read back with an independent reader) and carries the same numbers as the JSON. */
    @Test
    void excelExportCarriesTheFiguresAndTheParetoOfCauses() throws Exception {
        imported.adoptAll();
        byte[] xlsx = mvc.perform(get("/api/v1/tickets/analysis/export.xlsx").param("by", "city").param("from", "2024-01-01")
                        .param("to", "2024-12-31").param("lang", "en").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType(io.manyi.platform.export.Xlsx.MEDIA_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        var sheets = io.manyi.platform.export.XlsxReader.read(xlsx);
        assertThat(sheets).containsOnlyKeys("city", "pareto");
        var city = sheets.get("city");
        assertThat(city.get(0).getFirst().asString()).isEqualTo("Complaint analysis 2024-01-01 .. 2024-12-31");
        assertThat(city.get(1).get(2).asString()).isEqualTo("Tickets per million subscribers");
        var shenzhen = city.stream().skip(2).filter(r -> "深圳".equals(r.get(0).asString())).findFirst().orElseThrow();
        var json = mvc.perform(get("/api/v1/tickets/analysis").param("by", "city").param("from", "2024-01-01").param("to", "2024-12-31")
                .with(httpBasic("analyst", PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat(shenzhen.get(1).asNumber().intValue())
                .isEqualTo((int) com.jayway.jsonpath.JsonPath.<List<Integer>>read(json, "$.items[?(@.group == '深圳')].tickets").getFirst());
        assertThat(shenzhen.get(2).asNumber()).isEqualByComparingTo("2000000.0");
        long total = city.stream().skip(2).mapToLong(r -> r.get(1).asNumber().longValue()).sum();
        assertThat(total).isEqualTo(5);
        var pareto = sheets.get("pareto");
        assertThat(pareto.get(2).getFirst().asString()).isEqualTo("NETWORK_SLOW");
        assertThat(pareto.get(pareto.size() - 1).get(5).asNumber()).isEqualByComparingTo("1");
        assertThat(pareto.get(pareto.size() - 1).get(5).getDataFormatString()).isEqualTo("0.0%");
        mvc.perform(get("/api/v1/tickets/analysis/export.xlsx").with(httpBasic("agent", PASSWORD))).andExpect(status().isForbidden());
    }
}
