package io.manyi.complaints;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.manyi.platform.security.DemoUsers;
import io.manyi.satisfaction.DemoSurveys;
import io.manyi.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Satisfaction results: averages by group and dimension, and the departments' share of lost points. */
@IntegrationTest
@AutoConfigureMockMvc
class SurveyResultsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    @Autowired
    DemoSurveys demoSurveys;

    @BeforeEach
    void fixture() {
        ComplaintFixture.load(jdbc, demoUsers, seed);
        jdbc.sql("""
                insert into tickets (msisdn, channel, category, severity, status, description, opened_at, status_changed_at,
                    last_update, closed_at, sla_minutes, created_by)
                values ('13800000001', 'HOTLINE', 'NETWORK_SLOW', 'HIGH', 'CLOSED', 'x', '2024-12-01 10:00+08', '2024-12-02 10:00+08',
                        '2024-12-02 10:00+08', '2024-12-02 10:00+08', 1440, 'agent')
                """).update();
        long ticket = jdbc.sql("select id from tickets").query(Long.class).single();
        jdbc.sql("""
                insert into surveys (msisdn, touchpoint, ticket_id, dimensions, status, sent_at, answered_at, score, dimension_scores, dedup_key)
                values ('13800000001', 'COMPLAINT_CLOSED', ?, '', 'ANSWERED', '2024-12-02 11:00+08', '2024-12-02 12:00+08', 4, null, 'a'),
                       ('13912345678', 'PERIODIC', null, 'NETWORK,FEES,NEW_SERVICES', 'ANSWERED', '2024-12-10 10:00+08',
                        '2024-12-10 11:00+08', 8, '9,3,7', 'b'),
                       ('13700001234', 'PERIODIC', null, 'NETWORK,FEES,NEW_SERVICES', 'SENT', '2024-12-10 10:00+08',
                        null, null, null, 'c')
                """).param(ticket).update();
    }

    @Test
    void resultsByTouchpointDimensionsAndLostPointsByDepartment() throws Exception {
        String body = mvc.perform(get("/api/v1/surveys/results").param("by", "touchpoint").param("from", "2024-12-01")
                        .param("to", "2024-12-31").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(body, "$.items");
        assertThat(items).extracting(m -> m.get("group")).containsExactly("COMPLAINT_CLOSED", "PERIODIC");
        assertThat(JsonPath.<Number>read(body, "$.items[1].responseRate").doubleValue()).isEqualTo(0.5);
        assertThat(JsonPath.<Number>read(body, "$.items[0].lowShare").doubleValue()).isEqualTo(1.0);
        assertThat(JsonPath.<Number>read(body, "$.dimensions.FEES").doubleValue()).isEqualTo(3.0);
        // 6 points lost after the network complaint (owned by NETWORK), 2 in the periodic survey whose
        // lowest dimension is fees (owned by BILLING): 75% and 25%
        assertThat(JsonPath.<List<String>>read(body, "$.attribution[*].department")).containsExactly("NETWORK", "BILLING");
        assertThat(JsonPath.<List<Number>>read(body, "$.attribution[*].share")).extracting(Number::doubleValue)
                .containsExactly(0.75, 0.25);
        String csv = mvc.perform(get("/api/v1/surveys/results/export.csv").param("by", "month").param("from", "2024-12-01")
                        .param("to", "2024-12-31").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(2).last().asString().startsWith("2024-12,3,2,");
    }

    @Test
    void theDemoHistoryIsDeterministicAndAddedOnce() {
        int first = demoSurveys.generate();
        assertThat(demoSurveys.generate()).isZero();
        assertThat(jdbc.sql("select count(*) from surveys").query(Integer.class).single()).isEqualTo(3 + first);
    }
}
