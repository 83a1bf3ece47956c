package io.manyi.subscriber;

import static io.manyi.subscriber.SubscriberFixture.OF_PM01;
import static io.manyi.subscriber.SubscriberFixture.OF_PM02;
import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static io.manyi.subscriber.SubscriberFixture.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The subscriber API and its contract lines: data scope, masking, audit, errors. */
@IntegrationTest
@AutoConfigureMockMvc
class SubscriberApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    Clock clock;

    @BeforeEach
    void province() {
        SubscriberFixture.load(jdbc, demoUsers);
    }

    @Test
    void adminListsAManagersBookWithUnmaskedNumbers() throws Exception {
        mvc.perform(get("/api/v1/subscribers").param("manager", "pm02").param("limit", "1")
                        .with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].msisdn").value(OF_PM02))
                .andExpect(jsonPath("$.items[0].name").value("李四海"))
                .andExpect(jsonPath("$.items[0].manager").value("pm02"))
                .andExpect(jsonPath("$.items[0].brand").value("GOTONE"))
                .andExpect(jsonPath("$.items[0].plan").value("全球通 58 元套餐"))
                .andExpect(jsonPath("$.items[0].ref").isNotEmpty());
    }

    @Test
    void phoneManagerGets403ForAnotherManagersSubscriber() throws Exception {
        mvc.perform(get("/api/v1/subscribers/" + OF_PM02).with(httpBasic("pm01", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(containsString("not assigned")));
        assertThat(auditActions("pm01")).contains("subscriber.view.denied");
    }

    @Test
    void phoneManagerReadsOwnSubscriberMasked() throws Exception {
        mvc.perform(get("/api/v1/subscribers/" + OF_PM02).with(httpBasic("pm02", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.msisdn").value("139****5678"))
                .andExpect(jsonPath("$.idNumber").value("440104********7777"))
                .andExpect(jsonPath("$.birthDate").value("****-03-14"))
                .andExpect(jsonPath("$.name").value("李四海"))
                .andExpect(jsonPath("$.masked.msisdn").value(true))
                .andExpect(content().string(not(containsString(OF_PM02))))
                .andExpect(content().string(not(containsString("1985-03-14"))));
    }

    @Test
    void the360CarriesTheWholeView() throws Exception {
        long tenure = Tenure.months(LocalDate.of(2010, 6, 1), LocalDate.now(clock));
        mvc.perform(get("/api/v1/subscribers/" + OF_PM02).with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.msisdn").value(OF_PM02))
                .andExpect(jsonPath("$.idNumber").value("440104198503147777"))
                .andExpect(jsonPath("$.tenureMonths").value(tenure))
                .andExpect(jsonPath("$.plan.code").value("GT58"))
                .andExpect(jsonPath("$.plan.monthlyFee").value(58.00))
                // the last 12 of 13 months, oldest first
                .andExpect(jsonPath("$.usage", hasSize(12)))
                .andExpect(jsonPath("$.usage[0].month").value("2024-02"))
                .andExpect(jsonPath("$.usage[11].month").value("2025-01"))
                .andExpect(jsonPath("$.usage[11].competitorForwards").value(7))
                .andExpect(jsonPath("$.payments", hasSize(12)))
                .andExpect(jsonPath("$.payments[0].month").value("2025-01"))
                .andExpect(jsonPath("$.payments[0].arrears").value(112.00))
                .andExpect(jsonPath("$.vas[0].confirmed").isBoolean())
                .andExpect(jsonPath("$.vas[?(@.serviceCode == 'GAME')].confirmed").value(contains(false)))
                .andExpect(jsonPath("$.groups[0].class").value("A"))
                .andExpect(jsonPath("$.groups[0].accountManager").value("am01"))
                .andExpect(jsonPath("$.managers[*].username").value(contains("pm02", "am01")))
                .andExpect(jsonPath("$.complaints[0].complaintId").value("C1"))
                .andExpect(jsonPath("$.masked.msisdn").value(false));
    }

    @Test
    void unknownNumberIs404Json() throws Exception {
        mvc.perform(get("/api/v1/subscribers/13000000000").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/subscribers/not-a-reference").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutCredentialsTheApiAnswers401JsonAndNeverALoginPage() throws Exception {
        mvc.perform(get("/api/v1/subscribers"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        // A browser gets no challenge, hence no password pop-up.
        mvc.perform(get("/api/v1/subscribers").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void wrongPasswordIs401AndAudited() throws Exception {
        mvc.perform(get("/api/v1/subscribers").with(httpBasic("admin", "wrong")))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'login.failed' and subject = 'admin'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void searchByFullNumberWorksForEveryoneWithinTheirScope() throws Exception {
        mvc.perform(get("/api/v1/subscribers").param("q", OF_PM02).with(httpBasic("pm02", PASSWORD)))
                .andExpect(jsonPath("$.items[*].msisdn").value(contains("139****5678")));
        mvc.perform(get("/api/v1/subscribers").param("q", "139 1234 5678").with(httpBasic("agent", PASSWORD)))
                .andExpect(jsonPath("$.items[*].msisdn").value(contains(OF_PM02)));
        mvc.perform(get("/api/v1/subscribers").param("q", OF_PM02).with(httpBasic("pm01", PASSWORD)))
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/v1/subscribers").with(httpBasic("pm01", PASSWORD)))
                .andExpect(jsonPath("$.items[*].msisdn").value(contains("138****0001")));
    }

    @Test
    void searchByFirstDigitsLastDigitsOrNameStart() throws Exception {
        mvc.perform(get("/api/v1/subscribers").param("q", "137").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.items[*].msisdn").value(contains(UNASSIGNED)));
        mvc.perform(get("/api/v1/subscribers").param("q", "5678").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.items[*].msisdn").value(contains(OF_PM02)));
        mvc.perform(get("/api/v1/subscribers").param("q", "张").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.items[*].msisdn").value(contains(OF_PM01)));
        mvc.perform(get("/api/v1/subscribers").param("q", "%").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void analystSeesNoIdentity() throws Exception {
        mvc.perform(get("/api/v1/subscribers").param("q", "张").with(httpBasic("analyst", PASSWORD)))
                .andExpect(jsonPath("$.items[0].msisdn").value("138****0001"))
                .andExpect(jsonPath("$.items[0].name").value("张*明"));
    }

    @Test
    void limitDefaultsTo20AndStopsAt200() throws Exception {
        mvc.perform(get("/api/v1/subscribers").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.limit").value(20))
                .andExpect(jsonPath("$.items", hasSize(3)));
        mvc.perform(get("/api/v1/subscribers").param("limit", "5000").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.limit").value(200));
        mvc.perform(get("/api/v1/subscribers").param("limit", "2").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.items", hasSize(2)));
    }

    @Test
    void aListReadWritesOneAuditRowNamingEverySubscriberAndTheRequestId() throws Exception {
        mvc.perform(get("/api/v1/subscribers").header("X-Request-Id", "req-42").with(httpBasic("admin", PASSWORD)))
                .andExpect(header().string("X-Request-Id", "req-42"));
        List<Map<String, Object>> rows = jdbc.sql(
                        "select action, subject, detail, request_id from audit_log where actor = 'admin'")
                .query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).containsEntry("action", "subscriber.search").containsEntry("request_id", "req-42");
        assertThat((String) rows.getFirst().get("detail")).contains(OF_PM01, OF_PM02, UNASSIGNED);
        assertThat((String) rows.getFirst().get("subject")).startsWith("3 subscribers");
    }

    @Test
    void a360ReadIsAuditedWithTheSubscriberAsSubject() throws Exception {
        mvc.perform(get("/api/v1/subscribers/" + OF_PM02).with(httpBasic("pm02", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Request-Id"));
        assertThat(jdbc.sql("select subject || ' ' || detail from audit_log where actor = 'pm02' and action = 'subscriber.view'")
                .query(String.class).list())
                .containsExactly(OF_PM02 + " masked=msisdn,idNumber");
    }

    @Test
    void theReferenceFromASearchOpensThe360() throws Exception {
        String body = mvc.perform(get("/api/v1/subscribers").param("q", OF_PM02).with(httpBasic("pm02", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        String ref = com.jayway.jsonpath.JsonPath.read(body, "$.items[0].ref");
        mvc.perform(get("/api/v1/subscribers/" + ref).with(httpBasic("pm02", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.msisdn").value("139****5678"));
        mvc.perform(get("/api/v1/subscribers/" + ref).with(httpBasic("pm01", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void auditApiIsForAdminsOnly() throws Exception {
        mvc.perform(get("/api/v1/subscribers/" + OF_PM02).with(httpBasic("pm02", PASSWORD)));
        mvc.perform(get("/api/v1/audit").param("actor", "pm02").param("limit", "5").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actor").value("pm02"))
                .andExpect(jsonPath("$.items[0].action").value("subscriber.view"))
                .andExpect(jsonPath("$.items[0].subject").value(OF_PM02));
        mvc.perform(get("/api/v1/audit").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    private List<String> auditActions(String actor) {
        return jdbc.sql("select action from audit_log where actor = :actor order by id")
                .param("actor", actor).query(String.class).list();
    }
}
