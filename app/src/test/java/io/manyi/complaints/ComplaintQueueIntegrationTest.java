package io.manyi.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The desk's queue (issue 14): filters (mine, team, category, severity, SLA state, appeals), sort and paging. */
@IntegrationTest
@AutoConfigureMockMvc
class ComplaintQueueIntegrationTest {

    private static final int PAGE_SIZE = 25;

    private static final Pattern ROW = Pattern.compile("<tr data-sla=\"(\\w+)\"[^>]*>\\s*<td class=\"num\"><a href=\"/complaints/(\\d+)\"");

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

    @BeforeEach
    void fixture() {
        ComplaintFixture.load(jdbc, demoUsers, seed);
    }

    private long open(String category, Severity severity, Channel channel, String by) {
        return tickets.open(new NewTicket(ComplaintFixture.NO_STARS, channel, category, severity, "投诉 " + category, List.of(), null), by).id();
    }

    record Row(long id, String sla) {
    }

    private List<Row> rows(MockHttpServletRequestBuilder request) throws Exception {
        String page = mvc.perform(request.with(user("agent").roles("AGENT"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            rows.add(new Row(Long.parseLong(m.group(2)), m.group(1)));
        }
        return rows;
    }

    private List<Long> ids(MockHttpServletRequestBuilder request) throws Exception {
        return rows(request).stream().map(Row::id).toList();
    }

    @Test
    void theSlaStateFilterKeepsOnTimeNearBreachedAndPausedTicketsApartAndTheRowsSayIt() throws Exception {
        long onTime = open("BILLING_ERROR", Severity.MEDIUM, Channel.HOTLINE, "agent");
        long near = open("BILLING_ERROR", Severity.MEDIUM, Channel.HOTLINE, "agent");
        long breached = open("BILLING_ERROR", Severity.MEDIUM, Channel.HOTLINE, "agent");
        long overdue = open("BILLING_ERROR", Severity.MEDIUM, Channel.HOTLINE, "agent");
        long paused = open("BILLING_ERROR", Severity.MEDIUM, Channel.HOTLINE, "agent");
        Instant now = Instant.now();
        jdbc.sql("update tickets set sla_warned_at = ? where id = ?").params(Timestamp.from(now), near).update();
        jdbc.sql("update tickets set sla_warned_at = ?, sla_breached_at = ?, escalation_level = 1 where id = ?")
                .params(Timestamp.from(now), Timestamp.from(now), breached).update();
        // the poller has not fired yet, but the due time has passed: breached all the same
        jdbc.sql("update tickets set sla_due_at = ? where id = ?").params(Timestamp.from(now.minus(Duration.ofHours(2))), overdue).update();
        handling.changeStatus(paused, TicketStatus.WAITING_CUSTOMER, null, "agent");

        assertThat(ids(get("/complaints").param("sla", "on_time"))).containsExactly(onTime);
        assertThat(ids(get("/complaints").param("sla", "near_breach"))).containsExactly(near);
        assertThat(ids(get("/complaints").param("sla", "breached"))).containsExactlyInAnyOrder(breached, overdue);
        assertThat(ids(get("/complaints").param("sla", "paused"))).containsExactly(paused);
        List<Row> all = rows(get("/complaints"));
        assertThat(all).contains(new Row(onTime, "ON_TIME"), new Row(near, "NEAR_BREACH"), new Row(breached, "BREACHED"),
                new Row(overdue, "BREACHED"), new Row(paused, "PAUSED"));
        String page = mvc.perform(get("/complaints").param("lang", "en").with(user("agent").roles("AGENT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"sla-breached\"", "class=\"sla-near\"", " left", "over by ", "paused");
        String zh = mvc.perform(get("/complaints").param("lang", "zh").with(user("agent").roles("AGENT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("剩余", "超时", "已暂停").doesNotContain("BREACHED<", ">ON_TIME", "??");
    }

    @Test
    void mineTeamCategorySeverityAndAppealsFilter() throws Exception {
        long mine = open("NETWORK_SLOW", Severity.LOW, Channel.HOTLINE, "agent");
        long theirs = open("BILLING_ERROR", Severity.HIGH, Channel.HOTLINE, "supervisor");
        long givenToMe = open("CALL_DROP", Severity.MEDIUM, Channel.HOTLINE, "supervisor");
        long appeal = open("BILLING_ERROR", Severity.HIGH, Channel.REGULATOR, "supervisor");
        handling.transfer(givenToMe, null, "agent", null, "supervisor");
        handling.transfer(theirs, "SERVICE", null, null, "supervisor");

        assertThat(ids(get("/complaints").param("scope", "mine"))).containsExactlyInAnyOrder(mine, givenToMe);
        // the agent works in the customer-service team (no complaint_agents row): only what is with that team
        assertThat(ids(get("/complaints").param("scope", "team"))).containsExactly(theirs);
        assertThat(ids(get("/complaints").param("department", "NETWORK"))).containsExactlyInAnyOrder(mine, givenToMe);
        // a parent category keeps its children
        assertThat(ids(get("/complaints").param("category", "NETWORK"))).containsExactlyInAnyOrder(mine, givenToMe);
        assertThat(ids(get("/complaints").param("category", "CALL_DROP"))).containsExactly(givenToMe);
        assertThat(ids(get("/complaints").param("severity", "HIGH"))).containsExactlyInAnyOrder(theirs, appeal);
        assertThat(ids(get("/complaints").param("appeals", "true"))).containsExactly(appeal);
        assertThat(mvc.perform(get("/complaints").param("lang", "en").with(user("agent").roles("AGENT"))).andReturn()
                .getResponse().getContentAsString()).contains("appeal-flag");
        // a closed ticket leaves the queue
        jdbc.sql("update tickets set status = 'CLOSED', closed_at = now() where id = ?").param(mine).update();
        assertThat(ids(get("/complaints").param("scope", "mine"))).containsExactly(givenToMe);
    }

    @Test
    void sortsByDueTimeByDefaultNewestOrSeverity() throws Exception {
        long low = open("BILLING_ERROR", Severity.LOW, Channel.HOTLINE, "agent");          // 72 h
        long critical = open("BILLING_ERROR", Severity.CRITICAL, Channel.HOTLINE, "agent"); // 8 h
        long medium = open("BILLING_ERROR", Severity.MEDIUM, Channel.HOTLINE, "agent");    // 48 h
        jdbc.sql("update tickets set opened_at = opened_at - make_interval(mins => cast(id as int)) where id = ?").param(low).update();
        assertThat(ids(get("/complaints"))).containsExactly(critical, medium, low);
        assertThat(ids(get("/complaints").param("sort", "newest"))).containsExactly(medium, critical, low);
        jdbc.sql("update tickets set sla_due_at = now() + interval '1 hour' where id = ?").param(low).update();
        assertThat(ids(get("/complaints").param("sort", "due"))).containsExactly(low, critical, medium);
        assertThat(ids(get("/complaints").param("sort", "severity"))).containsExactly(critical, medium, low);
    }

    @Test
    void pagesOfTwentyFiveWithTheCount() throws Exception {
        List<Long> opened = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            opened.add(open("BILLING_ERROR", Severity.MEDIUM, Channel.HOTLINE, "agent"));
        }
        List<Long> first = ids(get("/complaints").param("sort", "newest"));
        List<Long> second = ids(get("/complaints").param("sort", "newest").param("page", "2"));
        assertThat(first).hasSize(PAGE_SIZE);
        assertThat(second).hasSize(30 - PAGE_SIZE).doesNotContainAnyElementsOf(first);
        List<Long> both = new ArrayList<>(first);
        both.addAll(second);
        assertThat(both).containsExactlyInAnyOrderElementsOf(opened);
        String page = mvc.perform(get("/complaints").param("lang", "en").with(user("agent").roles("AGENT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("30 open tickets · page 1 of 2", "id=\"next-page\"").doesNotContain("id=\"previous-page\"");
    }

    @Test
    void aBadFilterIsA400NamingTheField() throws Exception {
        String page = mvc.perform(get("/complaints").param("sla", "late").param("page", "0").param("lang", "en")
                        .with(user("agent").roles("AGENT")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Not a valid filter: sla, page");
        mvc.perform(get("/complaints").param("category", "NO_SUCH").with(user("agent").roles("AGENT"))).andExpect(status().isBadRequest());
    }
}
