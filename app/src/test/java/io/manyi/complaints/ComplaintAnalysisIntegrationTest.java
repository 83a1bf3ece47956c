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
        assertThat(jdbc.sql("select status from tickets where complaint_id = 'C1'").query(String.class).single()).isEqualTo("OPEN");
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
        assertThat(city.get(1).get(2).asString()).isEqualTo("Per million subscribers");
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
