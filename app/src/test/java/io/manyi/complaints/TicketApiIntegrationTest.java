package io.manyi.complaints;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The ticket contract lines of issue 6, as written, and the rules behind them. */
@IntegrationTest
@AutoConfigureMockMvc
class TicketApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    @Autowired
    SlaTimers timers;

    @BeforeEach
    void fixture() {
        ComplaintFixture.load(jdbc, demoUsers, seed);
    }

    ResultActions open(String msisdn, String channel, String category, String severity) throws Exception {
        return mvc.perform(post("/api/v1/tickets").with(httpBasic("agent", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"msisdn": "%s", "channel": "%s", "category": "%s", "severity": "%s",
                         "description": "客户称未订购彩铃却被扣费"}""".formatted(msisdn, channel, category, severity)));
    }

    @Test
    void categoriesAreATreeWithCodesNamesAndChildren() throws Exception {
        mvc.perform(get("/api/v1/tickets/categories").with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem("NEW_SERVICES")))
                .andExpect(jsonPath("$.items[?(@.code == 'NEW_SERVICES')].children[*].code", hasItem("NS_MONTERNET")))
                .andExpect(jsonPath("$.items[?(@.code == 'NEW_SERVICES')].children[?(@.code == 'NS_OWN')].children[*].code",
                        hasItem("VAS_UNKNOWING_SUBSCRIPTION")))
                .andExpect(jsonPath("$.items[0].name", notNullValue()))
                .andExpect(jsonPath("$.items[0].children", notNullValue()));
        String found = mvc.perform(get("/api/v1/tickets/categories").param("q", "梦网").with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(found, "$.items[*].code")).containsExactly("NEW_SERVICES");
    }

    @Test
    void anAgentOpensATicketAndSeesItsSla() throws Exception {
        String body = open(ComplaintFixture.NO_STARS, "HOTLINE", "BILLING_ERROR", "HIGH")
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.slaDueAt").isString())
                .andExpect(jsonPath("$.steps.length()").value(6))
                .andExpect(jsonPath("$.steps[5].step").value("EXECUTE_AND_FOLLOW_UP"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        Instant due = Instant.parse(JsonPath.read(body, "$.slaDueAt"));
        Instant opened = Instant.parse(JsonPath.read(body, "$.openedAt"));
        assertThat(timers.calendar().between(opened, due)).isEqualTo(Duration.ofHours(24));
        mvc.perform(get("/api/v1/tickets/" + id).with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.slaDueAt").value(JsonPath.<String>read(body, "$.slaDueAt")))
                .andExpect(jsonPath("$.steps.length()").value(6))
                .andExpect(jsonPath("$.steps[0].step").value("LISTEN"))
                .andExpect(jsonPath("$.steps[0].recorded").value(false))
                .andExpect(jsonPath("$.department").value("BILLING"));
        assertThat(jdbc.sql("select count(*) from sla_timers where ticket_id = ? and fired_at is null").param(id)
                .query(Integer.class).single()).isEqualTo(2);
        mvc.perform(get("/api/v1/tickets/" + id + "/history").with(httpBasic("agent", PASSWORD)))
                .andExpect(jsonPath("$.items[0].action").value("OPENED"));
    }

    /** Issue 14: the 360 lists the tickets handled in Manyi, not only the imported complaints. */
    @Test
    void theSubscribers360ListsATicketOpenedHere() throws Exception {
        String body = open(ComplaintFixture.NO_STARS, "HOTLINE", "BILLING_ERROR", "HIGH")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/subscribers/" + ComplaintFixture.NO_STARS).with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complaints[0].ticketId").value(id))
                .andExpect(jsonPath("$.complaints[0].complaintId").value("T" + id))
                .andExpect(jsonPath("$.complaints[0].category").value("BILLING_ERROR"))
                .andExpect(jsonPath("$.complaints[0].description").value("客户称未订购彩铃却被扣费"))
                .andExpect(jsonPath("$.complaints[0].closedAt").doesNotExist());
    }

    @Test
    void aFourStarSubscriberGetsHalfTheTime() throws Exception {
        String body = open(ComplaintFixture.FOUR_STARS, "HOTLINE", "BILLING_ERROR", "HIGH")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stars").value(4))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(body, "$.slaMinutes")).longValue()).isEqualTo(12 * 60);
    }

    @Test
    void aRegulatorComplaintIsNeverMinor() throws Exception {
        open(ComplaintFixture.NO_STARS, "REGULATOR", "HALL_WAIT", "LOW")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.severity").value("HIGH"));
    }

    @Test
    void theSameCategoryWithin30DaysIsARepeatEscalatedWithAnEvent() throws Exception {
        String first = open(ComplaintFixture.NO_STARS, "HOTLINE", "NETWORK_SLOW", "MEDIUM")
                .andExpect(jsonPath("$.repeatOf").doesNotExist()).andReturn().getResponse().getContentAsString();
        open(ComplaintFixture.NO_STARS, "HOTLINE", "BILLING_ERROR", "MEDIUM").andExpect(jsonPath("$.repeatOf").doesNotExist());
        String second = open(ComplaintFixture.NO_STARS, "ONLINE", "NETWORK_SLOW", "LOW")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.repeatOf").value(((Number) JsonPath.read(first, "$.id")).intValue()))
                .andExpect(jsonPath("$.escalationLevel").value(1))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(second, "$.id")).longValue();
        assertThat(jdbc.sql("select payload::text from domain_events where type = 'ComplaintRepeated'").query(String.class).list())
                .singleElement().satisfies(payload -> {
                    assertThat(JsonPath.<Integer>read(payload, "$.ticketId")).isEqualTo((int) id);
                    assertThat(JsonPath.<String>read(payload, "$.category")).isEqualTo("NETWORK_SLOW");
                });
    }

    @Test
    void badRequestsAreRefusedWithAReason() throws Exception {
        open(ComplaintFixture.NO_STARS, "HOTLINE", "NO_SUCH_CATEGORY", "HIGH")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("unknown-category"));
        open(ComplaintFixture.NO_STARS, "PIGEON", "BILLING_ERROR", "HIGH").andExpect(status().isBadRequest());
        open("13000000000", "HOTLINE", "BILLING_ERROR", "HIGH")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("unknown-subscriber"));
        mvc.perform(post("/api/v1/tickets").with(httpBasic("agent", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"msisdn\": \"13800000001\", \"channel\": \"HOTLINE\", \"category\": \"BILLING_ERROR\", \"severity\": \"HIGH\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/tickets/999999").with(httpBasic("agent", PASSWORD))).andExpect(status().isNotFound());
        open(ComplaintFixture.NO_STARS, "HOTLINE", "BILLING_ERROR", "HIGH").andReturn();
        mvc.perform(post("/api/v1/tickets").with(httpBasic("analyst", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void theNumberIsMaskedForAnAnalystAndAManagerSeesOnlyTheirBook() throws Exception {
        long id = ((Number) JsonPath.read(open(ComplaintFixture.FOUR_STARS, "HALL", "HALL_WAIT", "LOW")
                .andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(get("/api/v1/tickets").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].msisdn").value("139****5678"));
        mvc.perform(get("/api/v1/tickets/" + id).with(httpBasic("pm01", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tickets/" + id).with(httpBasic("pm02", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void anIdempotencyKeyGivesTheFirstAnswerAndNoSecondTicket() throws Exception {
        String json = """
                {"msisdn": "13800000001", "channel": "HOTLINE", "category": "HALL_WAIT", "severity": "LOW", "description": "排队"}""";
        String first = mvc.perform(post("/api/v1/tickets").with(httpBasic("agent", PASSWORD)).header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post("/api/v1/tickets").with(httpBasic("agent", PASSWORD)).header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from tickets").query(Integer.class).single()).isEqualTo(1);
        mvc.perform(post("/api/v1/tickets").with(httpBasic("agent", PASSWORD)).header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content(json.replace("LOW", "HIGH")))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void theSlaPolicyIsASettingCheckedBeforeItIsStored() throws Exception {
        mvc.perform(get("/api/v1/tickets/settings/complaints.sla").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.warnAt").value(0.8));
        String allDay = """
                {"rules": [{"category": null, "severity": null, "hours": 2}], "starFactors": [], "warnAt": 0.5,
                 "workdays": ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
                 "opens": "00:00", "closes": "00:00", "holidays": []}""";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/tickets/settings/complaints.sla")
                        .with(httpBasic("supervisor", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(allDay.replace("0.5", "1.5")))
                .andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/tickets/settings/complaints.sla")
                        .with(httpBasic("agent", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(allDay))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/tickets/settings/complaints.sla")
                        .with(httpBasic("supervisor", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(allDay))
                .andExpect(status().isOk()).andExpect(jsonPath("$.warnAt").value(0.5));
        String body = open(ComplaintFixture.NO_STARS, "HOTLINE", "BILLING_ERROR", "CRITICAL").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        // round the clock, two hours: due exactly two hours after opening
        assertThat(Duration.between(Instant.parse(JsonPath.read(body, "$.openedAt")), Instant.parse(JsonPath.read(body, "$.slaDueAt"))))
                .isEqualTo(Duration.ofHours(2));
    }
}
