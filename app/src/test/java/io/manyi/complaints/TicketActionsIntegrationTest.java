package io.manyi.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The ticket page's actions beyond the six steps: pause and resume, transfer, reopen (issue 14). */
@IntegrationTest
@AutoConfigureMockMvc
class TicketActionsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    CategorySeed seed;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketHandling handling;

    @Autowired
    SlaTimers timers;

    long id;

    @BeforeEach
    void fixture() {
        ComplaintFixture.load(jdbc, demoUsers, seed);
        id = tickets.open(new NewTicket(ComplaintFixture.NO_STARS, Channel.HOTLINE, "BILLING_ERROR", Severity.HIGH, "扣费有误",
                List.of(), null), "agent").id();
    }

    private MockHttpServletRequestBuilder asAgent(MockHttpServletRequestBuilder request) {
        return request.with(user("agent").roles("AGENT")).with(csrf()).param("lang", "en");
    }

    private String page(String who, String role) throws Exception {
        return mvc.perform(get("/complaints/" + id).param("lang", "en").with(user(who).roles(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<String> actions() {
        return jdbc.sql("select action from ticket_history where ticket_id = ? order by id").param(id).query(String.class).list();
    }

    @Test
    void pauseStopsTheClockAndResumeMovesTheDueTime() throws Exception {
        Instant due = tickets.find(id).slaDueAt();
        assertThat(page("agent", "AGENT")).contains("data-action=\"pause\"", "data-action=\"transfer\"")
                .doesNotContain("data-action=\"resume\"", "data-action=\"reopen\"");
        mvc.perform(asAgent(post("/complaints/" + id + "/status")).param("status", "WAITING_CUSTOMER").param("reason", "等客户提供账单"))
                .andExpect(redirectedUrl("/complaints/" + id));
        Ticket paused = tickets.find(id);
        assertThat(paused.status()).isEqualTo(TicketStatus.WAITING_CUSTOMER);
        assertThat(paused.slaDueAt()).isNull();
        assertThat(page("agent", "AGENT")).contains("data-action=\"resume\"").doesNotContain("data-action=\"pause\"");
        // opened three days ago and waiting for the customer for two of them (some business hours, whatever the day)
        jdbc.sql("update ticket_pauses set started_at = started_at - interval '2 days' where ticket_id = ?").param(id).update();
        jdbc.sql("update tickets set opened_at = opened_at - interval '3 days' where id = ?").param(id).update();
        Ticket moved = tickets.find(id);
        due = timers.calendar().plus(moved.openedAt(), java.time.Duration.ofMinutes(moved.slaMinutes()));
        mvc.perform(asAgent(post("/complaints/" + id + "/status")).param("status", "IN_PROGRESS"))
                .andExpect(redirectedUrl("/complaints/" + id));
        Ticket resumed = tickets.find(id);
        assertThat(resumed.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(resumed.slaDueAt()).isAfter(due);
        assertThat(actions()).containsSubsequence("OPENED", "STATUS_CHANGED", "STATUS_CHANGED");
        // resuming what is not paused, or a status the page does not offer: refused with a 4xx, in words
        String refused = mvc.perform(asAgent(post("/complaints/" + id + "/status")).param("status", "IN_PROGRESS"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The ticket is not waiting for the customer");
        mvc.perform(asAgent(post("/complaints/" + id + "/status")).param("status", "CLOSED")).andExpect(status().isBadRequest());
    }

    @Test
    void transferMovesTheTicketToATeamAndAnAgentAndSaysSoInTheHistory() throws Exception {
        mvc.perform(asAgent(post("/complaints/" + id + "/transfer")).param("department", "NETWORK").param("assignee", "supervisor")
                        .param("reason", "基站问题"))
                .andExpect(redirectedUrl("/complaints/" + id));
        Ticket moved = tickets.find(id);
        assertThat(moved.handlingDepartment()).isEqualTo("NETWORK");
        assertThat(moved.assignee()).isEqualTo("supervisor");
        assertThat(moved.department()).isEqualTo("BILLING"); // the cause's owner does not change
        assertThat(actions()).endsWith("TRANSFERRED");
        assertThat(page("agent", "AGENT")).contains("transferred", "from team: Billing and IT support", "to team: Network",
                "to agent: supervisor");
        // to another team without an agent: the former agent lets go
        mvc.perform(asAgent(post("/complaints/" + id + "/transfer")).param("department", "SERVICE").param("assignee", ""))
                .andExpect(redirectedUrl("/complaints/" + id));
        assertThat(tickets.find(id).assignee()).isNull();
        mvc.perform(asAgent(post("/complaints/" + id + "/transfer")).param("department", "NOWHERE"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(asAgent(post("/complaints/" + id + "/transfer")).param("assignee", "pm01"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(asAgent(post("/complaints/" + id + "/transfer"))).andExpect(status().isBadRequest());
        assertThat(tickets.find(id).handlingDepartment()).isEqualTo("SERVICE");
        // an analyst reads the ticket but has no action
        assertThat(page("analyst", "ANALYST")).doesNotContain("data-action=\"transfer\"", "data-action=\"pause\"");
        mvc.perform(post("/complaints/" + id + "/transfer").with(user("analyst").roles("ANALYST")).with(csrf())
                .param("department", "NETWORK")).andExpect(status().isForbidden());
    }

    @Test
    void aClosedTicketReopensWithoutCountingTheClosedTimeAndIsNeverCompensatedTwice() throws Exception {
        mvc.perform(asAgent(post("/complaints/" + id + "/reopen")).param("reason", "客户又来电"))
                .andExpect(status().isConflict());
        handling.record(id, new TicketHandling.StepRecord(HandlingStep.PROPOSE_REMEDY, "补偿", new Remedy("赠送积分", 200L, null),
                null, null), "agent");
        handling.record(id, new TicketHandling.StepRecord(HandlingStep.GET_AGREEMENT, "同意", null, true, null), "agent");
        handling.close(id, null, "agent");
        jdbc.sql("update tickets set closed_at = closed_at - interval '3 days' where id = ?").param(id).update();
        assertThat(page("agent", "AGENT")).contains("data-action=\"reopen\"").doesNotContain("data-action=\"pause\"",
                "data-action=\"transfer\"", "data-step=");

        mvc.perform(asAgent(post("/complaints/" + id + "/reopen")).param("reason", " ")).andExpect(status().isBadRequest());
        mvc.perform(asAgent(post("/complaints/" + id + "/reopen")).param("reason", "客户说积分没到账"))
                .andExpect(redirectedUrl("/complaints/" + id));
        Ticket reopened = tickets.find(id);
        assertThat(reopened.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.agreement()).isNull();
        assertThat(reopened.remedy()).isNotNull();
        assertThat(reopened.steps().stream().filter(s -> s.step() == HandlingStep.GET_AGREEMENT).findFirst().orElseThrow().recorded())
                .isFalse();
        // the three days it stayed closed are a pause: the clock runs again from where it stopped
        assertThat(jdbc.sql("select count(*) from ticket_pauses where ticket_id = ? and ended_at is not null").param(id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(reopened.slaDueAt()).isAfter(Instant.now());
        assertThat(page("agent", "AGENT")).contains("reopened", "reason: 客户说积分没到账");

        // closing again needs the agreement again, and pays nothing twice
        mvc.perform(asAgent(post("/complaints/" + id + "/close")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern(
                        "/complaints/" + id + "?error=*"));
        assertThat(tickets.find(id).status()).isEqualTo(TicketStatus.IN_PROGRESS);
        handling.record(id, new TicketHandling.StepRecord(HandlingStep.GET_AGREEMENT, "同意", null, true, null), "agent");
        handling.close(id, null, "agent");
        assertThat(tickets.find(id).status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(actions().stream().filter("POINTS_CREDITED"::equals)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from points_entries where idempotency_key like 'complaint:%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theApiTransfersAndReopensByTheSameRules() throws Exception {
        var json = org.springframework.http.MediaType.APPLICATION_JSON;
        mvc.perform(post("/api/v1/tickets/" + id + "/transfer").with(user("agent").roles("AGENT")).with(csrf()).contentType(json)
                        .content("{\"department\": \"NETWORK\", \"assignee\": \"supervisor\"}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.handlingDepartment").value("NETWORK"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.assignee").value("supervisor"));
        mvc.perform(post("/api/v1/tickets/" + id + "/transfer").with(user("agent").roles("AGENT")).with(csrf()).contentType(json)
                        .content("{\"department\": \"NOWHERE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code").value("unknown-department"));
        mvc.perform(post("/api/v1/tickets/" + id + "/reopen").with(user("agent").roles("AGENT")).with(csrf()).contentType(json)
                        .content("{\"reason\": \"again\"}"))
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code").value("not-reopenable"));
    }
}
