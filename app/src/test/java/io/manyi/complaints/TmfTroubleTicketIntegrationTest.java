package io.manyi.complaints;

import static io.manyi.subscriber.SubscriberFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** What TM Forum's TMF621 v4 conformance kit does, step by step, with HTTP Basic. */
@IntegrationTest
@AutoConfigureMockMvc
class TmfTroubleTicketIntegrationTest {

    static final String BASE = "/tmf-api/troubleTicket/v4/troubleTicket";
    static final String CREATE = """
            {"description": "Customer cannot browse since Monday", "severity": "Major", "ticketType": "NETWORK_SLOW",
             "name": "Slow data", "relatedParty": [{"id": "13912345678", "role": "customer", "@referredType": "Individual"}],
             "note": [{"text": "reported by the OSS", "author": "oss"}], "@type": "TroubleTicket"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    @BeforeEach
    void fixture() {
        ComplaintFixture.load(jdbc, demoUsers, seed);
    }

    ResultActions create(String body) throws Exception {
        return mvc.perform(post(BASE).with(httpBasic("agent", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String created() throws Exception {
        return create(CREATE).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void createWithMandatoryFieldsGives201LocationAndTheResource() throws Exception {
        String body = create(CREATE).andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.@type").value("TroubleTicket"))
                .andExpect(jsonPath("$.status").value("acknowledged"))
                .andExpect(jsonPath("$.severity").value("Major"))
                .andExpect(jsonPath("$.ticketType").value("NETWORK_SLOW"))
                .andExpect(jsonPath("$.description").value("Customer cannot browse since Monday"))
                .andExpect(jsonPath("$.name").value("Slow data"))
                .andExpect(jsonPath("$.creationDate").isString())
                .andExpect(jsonPath("$.lastUpdate").isString())
                .andExpect(jsonPath("$.relatedParty[0].id").value("13912345678"))
                .andExpect(jsonPath("$.relatedParty[0].role").value("customer"))
                .andExpect(jsonPath("$.note[0].text").value("reported by the OSS"))
                // the author is who signed in, never what the body claims
                .andExpect(jsonPath("$.note[0].author").value("agent"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String href = JsonPath.read(body, "$.href");
        assertThat(href).endsWith(BASE + "/" + id);
        // the same ticket, our own way: a HIGH network ticket of the customer with an SLA
        mvc.perform(get("/api/v1/tickets/" + id).with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.severity").value("HIGH"))
                .andExpect(jsonPath("$.category").value("NETWORK_SLOW")).andExpect(jsonPath("$.slaDueAt").isString());
    }

    @Test
    void getByIdAnd404ForAnUnknownOne() throws Exception {
        String id = JsonPath.read(created(), "$.id");
        mvc.perform(get(BASE + "/" + id).with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.ticketType").value("NETWORK_SLOW"));
        mvc.perform(get(BASE + "/987654321").with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").isString())
                .andExpect(jsonPath("$.status").value("404"));
        mvc.perform(get(BASE + "/not-a-ticket").with(httpBasic("agent", PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    void missingMandatoryAttributesAre400() throws Exception {
        create("{\"description\": \"no severity\", \"ticketType\": \"OTHER\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("missing mandatory attribute severity"));
        create("{\"severity\": \"Minor\", \"ticketType\": \"OTHER\"}").andExpect(status().isBadRequest());
        create("{\"severity\": \"Minor\", \"description\": \"x\"}").andExpect(status().isBadRequest());
        create("not json").andExpect(status().isBadRequest());
    }

    @Test
    void listFiltersSelectsFieldsAndPages() throws Exception {
        String first = JsonPath.read(created(), "$.id");
        create("{\"description\": \"bill\", \"severity\": \"Minor\", \"ticketType\": \"Billing\"}")
                .andExpect(status().isCreated());
        mvc.perform(get(BASE).with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "2"))
                .andExpect(header().string("X-Result-Count", "2")).andExpect(jsonPath("$.length()").value(2));
        String filtered = mvc.perform(get(BASE).param("severity", "Major").param("status", "acknowledged")
                        .with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(filtered, "$[*].id")).containsExactly(first);
        mvc.perform(get(BASE).param("ticketType", "Billing").with(httpBasic("agent", PASSWORD)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].ticketType").value("Billing"))
                .andExpect(jsonPath("$[0].severity").value("Minor"));
        String selected = mvc.perform(get(BASE).param("fields", "status,severity").with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(selected, "$");
        assertThat(items).allSatisfy(item -> assertThat(item.keySet())
                .containsExactlyInAnyOrder("id", "href", "@type", "status", "severity"));
        mvc.perform(get(BASE).param("offset", "1").param("limit", "1").with(httpBasic("agent", PASSWORD)))
                .andExpect(header().string("X-Total-Count", "2")).andExpect(header().string("X-Result-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(first));
        mvc.perform(get(BASE).param("colour", "red").with(httpBasic("agent", PASSWORD))).andExpect(status().isBadRequest());
    }

    @Test
    void everyScalarAttributeFiltersByTheValueTheResourceShows() throws Exception {
        String mine = JsonPath.read(created(), "$.id");
        // a second ticket without name or priority: those are derived, and filter as shown
        String other = JsonPath.read(create("{\"description\": \"bill\", \"severity\": \"Minor\", \"ticketType\": \"OTHER\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        for (String id : List.of(mine, other)) {
            Map<String, Object> shown = JsonPath.read(mvc.perform(get(BASE + "/" + id).with(httpBasic("agent", PASSWORD)))
                    .andReturn().getResponse().getContentAsString(), "$");
            Map<String, Object> attributes = new java.util.LinkedHashMap<>();
            shown.forEach((name, value) -> {
                if (value instanceof String) {
                    attributes.put(name, value);
                }
            });
            attributes.put("channel.id", JsonPath.read(shown, "$.channel.id"));
            assertThat(attributes).containsKeys("href", "name", "priority", "creationDate", "lastUpdate", "expectedResolutionDate");
            for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
                String listed = mvc.perform(get(BASE).param(attribute.getKey(), attribute.getValue().toString())
                                .with(httpBasic("agent", PASSWORD)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(JsonPath.<List<String>>read(listed, "$[*].id")).as(attribute.getKey()).contains(id);
            }
        }
        String bySeverity = mvc.perform(get(BASE).param("priority", "4").with(httpBasic("agent", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(bySeverity, "$[*].id")).containsExactly(other);
        mvc.perform(get(BASE).param("@type", "Other").with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(BASE).param("expectedResolutionDate.gt", "2000-01-01T00:00:00Z").with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get(BASE).param("lastUpdate", "yesterday").with(httpBasic("agent", PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void patchIsAMergePatchAndNotesAreAppended() throws Exception {
        String id = JsonPath.read(created(), "$.id");
        mvc.perform(patch(BASE + "/" + id).with(httpBasic("agent", PASSWORD))
                        .contentType("application/merge-patch+json")
                        .content("{\"description\": \"Slow in the evenings only\", \"status\": \"inProgress\", "
                                + "\"note\": [{\"text\": \"engineer sent\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Slow in the evenings only"))
                .andExpect(jsonPath("$.status").value("inProgress"))
                .andExpect(jsonPath("$.severity").value("Major"))
                .andExpect(jsonPath("$.note.length()").value(2))
                .andExpect(jsonPath("$.note[1].text").value("engineer sent"));
        mvc.perform(patch(BASE + "/" + id).with(httpBasic("agent", PASSWORD)).contentType("application/merge-patch+json")
                .content("{\"status\": \"pending\"}")).andExpect(jsonPath("$.status").value("pending"));
        mvc.perform(patch(BASE + "/" + id).with(httpBasic("agent", PASSWORD)).contentType("application/merge-patch+json")
                .content("{\"creationDate\": \"2020-01-01T00:00:00Z\"}")).andExpect(status().isBadRequest());
        mvc.perform(patch(BASE + "/424242").with(httpBasic("agent", PASSWORD)).contentType("application/merge-patch+json")
                .content("{\"description\": \"x\"}")).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + id).with(httpBasic("agent", PASSWORD)))
                .andExpect(jsonPath("$.description").value("Slow in the evenings only"))
                .andExpect(jsonPath("$.status").value("pending"));
    }

    @Test
    void aPatchedSeverityMovesTheSlaAndItsUnfiredTimers() throws Exception {
        String id = JsonPath.read(created(), "$.id"); // Major: our HIGH
        java.time.Instant high = due(id);
        mvc.perform(patch(BASE + "/" + id).with(httpBasic("agent", PASSWORD)).contentType("application/merge-patch+json")
                        .content("{\"severity\": \"Critical\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.severity").value("Critical"))
                .andExpect(jsonPath("$.expectedResolutionDate").value(due(id).toString()));
        java.time.Instant critical = due(id);
        mvc.perform(patch(BASE + "/" + id).with(httpBasic("agent", PASSWORD)).contentType("application/merge-patch+json")
                .content("{\"severity\": \"Minor\"}")).andExpect(status().isOk());
        java.time.Instant low = due(id);
        assertThat(critical).isBefore(high);
        assertThat(low).isAfter(high);
        assertThat(jdbc.sql("select severity from tickets where id = ?").param(Long.parseLong(id)).query(String.class).single())
                .isEqualTo("LOW");
        assertThat(jdbc.sql("select due_at from sla_timers where ticket_id = ? and kind = 'BREACH'").param(Long.parseLong(id))
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(low);
        assertThat(jdbc.sql("select count(*) from ticket_history where ticket_id = ? and action = 'SEVERITY_CHANGED'")
                .param(Long.parseLong(id)).query(Long.class).single()).isEqualTo(2);
    }

    private java.time.Instant due(String id) {
        return jdbc.sql("select sla_due_at from tickets where id = ?").param(Long.parseLong(id))
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    @Test
    void withoutCredentialsIs401() throws Exception {
        mvc.perform(get(BASE)).andExpect(status().isUnauthorized());
        mvc.perform(get(BASE).with(httpBasic("agent", "wrong"))).andExpect(status().isUnauthorized());
    }
}
