package io.manyi.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The agent's path: look the subscriber up, search a category, log the complaint, see its SLA and six steps. */
@IntegrationTest
@AutoConfigureMockMvc
class ComplaintPagesIntegrationTest {

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

    /** Issue 14's contract: the six steps and the close, each a form on the ticket page, close the ticket. */
    @Test
    void anAgentWorksATicketOnScreenStepByStepAndClosesIt() throws Exception {
        String created = mvc.perform(post("/api/v1/tickets").with(user("agent").roles("AGENT")).with(csrf())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("""
                                {"msisdn": "%s", "channel": "HOTLINE", "category": "BILLING_ERROR", "severity": "HIGH",
                                 "description": "客户称未订购彩铃却被扣费"}""".formatted(ComplaintFixture.NO_STARS)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        String page = mvc.perform(get("/complaints/" + id).with(user("agent").roles("AGENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (int step = 1; step <= 6; step++) {
            assertThat(page).contains("data-step=\"" + step + "\"");
        }
        assertThat(page).contains("data-action=\"close\"");

        // as a browser submits them: any text, 100 in number fields, every box ticked
        for (HandlingStep step : HandlingStep.values()) {
            var form = post("/complaints/" + id + "/steps").with(user("agent").roles("AGENT")).with(csrf())
                    .param("step", step.name()).param("note", "第 " + (step.ordinal() + 1) + " 步已记录");
            if (step == HandlingStep.PROPOSE_REMEDY) {
                form.param("remedyText", "减免彩铃费").param("points", "100").param("feeCreditYuan", "100");
            }
            if (step == HandlingStep.GET_AGREEMENT) {
                form.param("agreed", "true").param("reason", "客户满意");
            }
            mvc.perform(form).andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/complaints/" + id));
        }
        mvc.perform(post("/complaints/" + id + "/close").with(user("agent").roles("AGENT")).with(csrf())
                        .param("reasonWithoutAgreement", "无"))
                .andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/complaints/" + id));
        mvc.perform(get("/api/v1/tickets/" + id).with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value("CLOSED"));
        String closed = mvc.perform(get("/complaints/" + id).param("lang", "en").with(user("agent").roles("AGENT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(closed).doesNotContain("data-step=");
        assertThat(closed).contains("Billing and IT support", "closed"); // the department and the status by name
        // the history in words: actions, steps and statuses by name, no JSON
        assertThat(closed).contains("step recorded", "step: Propose a fair remedy", "points: 100", "from: open; to: in progress",
                        "agreed: yes")
                .doesNotContain("{&quot;", "PROPOSE_REMEDY", "IN_PROGRESS");
    }

    @Test
    void aRefusedStepComesBackToTheTicketInWords() throws Exception {
        mvc.perform(post("/complaints").with(user("agent").roles("AGENT")).with(csrf())
                .param("msisdn", ComplaintFixture.NO_STARS).param("category", "BILLING_ERROR")
                .param("channel", "HOTLINE").param("severity", "HIGH").param("description", "扣费有误"));
        long id = jdbc.sql("select id from tickets").query(Long.class).single();
        mvc.perform(post("/complaints/" + id + "/close").with(user("agent").roles("AGENT")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/complaints/" + id + "?error=*"));
        mvc.perform(get("/api/v1/tickets/" + id).with(user("agent").roles("AGENT")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value("OPEN"));
    }

    @Test
    void anAgentLogsAComplaintFromTheDesk() throws Exception {
        mvc.perform(get("/complaints/lookup").param("msisdn", ComplaintFixture.FOUR_STARS).param("lang", "en")
                        .with(user("agent").roles("AGENT")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("4 stars")));
        mvc.perform(get("/complaints/categories").param("q", "Monternet").param("lang", "en").with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("NS_MONTERNET_UNKNOWING"),
                        containsString("New services › Monternet › Subscribed without knowing"), not(containsString("HALL_WAIT")))));
        mvc.perform(post("/complaints").with(user("agent").roles("AGENT")).with(csrf())
                        .param("msisdn", ComplaintFixture.FOUR_STARS).param("category", "NS_MONTERNET_UNKNOWING")
                        .param("channel", "HOTLINE").param("severity", "HIGH").param("description", "客户称未订购梦网业务"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/complaints/*"));
        long id = jdbc.sql("select id from tickets").query(Long.class).single();
        mvc.perform(get("/complaints/" + id).param("lang", "en").with(user("agent").roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("SLA due"), containsString("Propose a fair remedy"),
                        containsString("opened"), not(containsString("OPENED")))));
        mvc.perform(get("/complaints").param("lang", "zh").with(user("agent").roles("AGENT")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("登记投诉"), containsString("13912345678"))));
        assertThat(jdbc.sql("select created_by from tickets where id = ?").param(id).query(String.class).single()).isEqualTo("agent");
    }

    @Test
    void aRefusedComplaintComesBackWithItsReason() throws Exception {
        mvc.perform(post("/complaints").with(user("agent").roles("AGENT")).with(csrf())
                        .param("msisdn", "13000000000").param("category", "HALL_WAIT")
                        .param("channel", "HALL").param("severity", "LOW").param("description", "排队"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/complaints?error=*"));
        assertThat(jdbc.sql("select count(*) from tickets").query(Integer.class).single()).isZero();
    }

    @Test
    void theAnalysisPageShowsFiguresParetoAndLostPointsToManagersOnly() throws Exception {
        jdbc.sql("""
                insert into complaints values
                  ('C7', '13800000001', 'HOTLINE', 'NETWORK_SLOW', 'HIGH', '2024-12-03 10:00', '2024-12-03 12:00', '网速慢')
                """).update();
        imported.adoptAll();
        mvc.perform(get("/complaints/analysis").param("from", "2024-01-01").param("to", "2024-12-31").param("lang", "en")
                        .with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pareto of causes"), containsString("Network"),
                        containsString("pareto-data"), containsString("Lost points by department"),
                        containsString("/complaints/analysis/export.xlsx?by=department&amp;from=2024-01-01&amp;to=2024-12-31"))));
        byte[] xlsx = mvc.perform(get("/complaints/analysis/export.xlsx").param("by", "channel").param("from", "2024-01-01")
                        .param("to", "2024-12-31").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var channels = io.manyi.platform.export.XlsxReader.read(xlsx).get("channel");
        assertThat(channels.stream().skip(2).filter(r -> "HOTLINE".equals(r.get(0).asString())).findFirst().orElseThrow()
                .get(1).asNumber().intValue()).isEqualTo(jdbc.sql("select count(*) from tickets where channel = 'HOTLINE' "
                        + "and opened_at >= '2024-01-01' and opened_at < '2025-01-01'").query(Integer.class).single()).isPositive();
        mvc.perform(get("/complaints/analysis").with(user("agent").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/complaints/analysis/export.xlsx").with(user("pm01").roles("PHONE_MANAGER"))).andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorEditsTheSlaPolicyAndTheTree() throws Exception {
        mvc.perform(get("/complaints/settings").param("lang", "en").with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("warnAt"), containsString("NS_12580"),
                        containsString("/complaints/settings/category"), not(containsString("data-read-only")))));
        // An analyst reads the policy and the tree; nothing on the page offers to save.
        mvc.perform(get("/complaints/settings").param("lang", "en").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("data-read-only"),
                        containsString("Business hours to resolve"), containsString("from 4★: 50% of the time"),
                        not(containsString("warnAt")), not(containsString("/complaints/settings/category")),
                        not(containsString("name=\"reason\"")))));
        mvc.perform(post("/complaints/settings/sla").with(user("supervisor").roles("SUPERVISOR")).with(csrf())
                        .param("policy", "{\"warnAt\": 2}").param("reason", "try"))
                .andExpect(redirectedUrlPattern("/complaints/settings?error=*"));
        assertThat(jdbc.sql("select count(*) from settings where name = 'complaints.sla'").query(Integer.class).single()).isZero();
        mvc.perform(post("/complaints/settings/category").with(user("supervisor").roles("SUPERVISOR")).with(csrf())
                        .param("code", "NS_OWN_TV").param("parentCode", "NS_OWN").param("nameZh", "手机电视无法收看")
                        .param("nameEn", "Mobile TV does not work"))
                .andExpect(redirectedUrlPattern("/complaints/settings?saved=*"));
        mvc.perform(get("/api/v1/tickets/categories").param("q", "手机电视").with(user("agent").roles("AGENT")))
                .andExpect(content().string(allOf(containsString("NS_OWN_TV"), containsString("\"department\":\"DATA\""))));
        mvc.perform(post("/complaints/settings/category").with(user("agent").roles("AGENT")).with(csrf()).param("code", "X_Y"))
                .andExpect(status().isForbidden());
    }

    @Autowired
    ImportedComplaints imported;
}
