package io.manyi.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.manyi.dashboard.Dashboard;
import io.manyi.dashboard.DashboardRollups;
import io.manyi.dashboard.MonthFigures;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.IntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 百万客户申诉率 counts regulator appeals (申诉), not every ticket: computed by the analysis (API and
 * page) and by the dashboard, each compared with a direct count of the source tickets. Appeals have
 * their own, stricter SLA.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AppealsFigureIntegrationTest {

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
    DashboardRollups rollups;

    @Autowired
    Dashboard dashboard;

    @Autowired
    Clock clock;

    long appealBreached;
    long appealClosed;
    long hotline;

    @BeforeEach
    void fixture() {
        ComplaintFixture.load(jdbc, demoUsers, seed);
        appealBreached = open(Channel.REGULATOR, Severity.MEDIUM);
        appealClosed = open(Channel.REGULATOR, Severity.HIGH);
        hotline = open(Channel.HOTLINE, Severity.HIGH);
        open(Channel.HOTLINE, Severity.LOW);
        open(Channel.SMS, Severity.LOW);
        jdbc.sql("update tickets set sla_breached_at = now(), escalation_level = 1 where id = ?").param(appealBreached).update();
        jdbc.sql("update tickets set status = 'CLOSED', closed_at = now() where id = ?").param(appealClosed).update();
    }

    private long open(Channel channel, Severity severity) {
        return tickets.open(new NewTicket(ComplaintFixture.NO_STARS, channel, "BILLING_ERROR", severity, "扣费有误", List.of(), null),
                "agent").id();
    }

    /** The source: tickets of the regulator channel opened today, per million subscribers. */
    private BigDecimal directPerMillion(long subscribers) {
        long appeals = jdbc.sql("select count(*) from tickets where channel = 'REGULATOR' and opened_at >= current_date - 1")
                .query(Long.class).single();
        assertThat(appeals).isEqualTo(2);
        return BigDecimal.valueOf(appeals * 1_000_000L).divide(BigDecimal.valueOf(subscribers), 1, RoundingMode.HALF_UP);
    }

    @Test
    void anAppealHasItsOwnStricterSla() {
        // a regulator complaint is raised to HIGH; HIGH on the hotline has 24 business hours, an appeal 12
        assertThat(tickets.find(appealBreached).severity()).isEqualTo(Severity.HIGH);
        assertThat(tickets.find(appealBreached).slaMinutes()).isEqualTo(12 * 60);
        assertThat(tickets.find(hotline).slaMinutes()).isEqualTo(24 * 60);
        assertThat(tickets.find(appealBreached).appeal()).isTrue();
        assertThat(tickets.find(hotline).appeal()).isFalse();
    }

    @Test
    void theAnalysisCountsAppealsPerMillionNotEveryTicket() throws Exception {
        long subscribers = jdbc.sql("select count(*) from subscribers").query(Long.class).single();
        BigDecimal expected = directPerMillion(subscribers);
        String today = LocalDate.now(clock).toString();
        String json = mvc.perform(get("/api/v1/tickets/analysis").param("by", "channel").param("from", today).param("to", today)
                        .with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(new BigDecimal(JsonPath.read(json, "$.appeals.perMillion").toString())).isEqualByComparingTo(expected);
        assertThat(JsonPath.<Integer>read(json, "$.appeals.appeals")).isEqualTo(2);
        // within SLA: of the two decided appeals (one closed in time, one breached), one
        assertThat(new BigDecimal(JsonPath.read(json, "$.appeals.slaCompliance").toString())).isEqualByComparingTo("0.5");
        assertThat(JsonPath.<List<Integer>>read(json, "$.items[?(@.group == 'REGULATOR')].appeals")).containsExactly(2);
        assertThat(JsonPath.<List<Integer>>read(json, "$.items[?(@.group == 'HOTLINE')].appeals")).containsExactly(0);
        // every ticket per million is another, larger figure
        BigDecimal all = BigDecimal.valueOf(5 * 1_000_000L).divide(BigDecimal.valueOf(subscribers), 1, RoundingMode.HALF_UP);
        assertThat(expected).isLessThan(all);

        String page = mvc.perform(get("/complaints/analysis").param("from", today).param("to", today).param("lang", "en")
                        .with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"appeals-per-million\">" + String.format("%,.1f", expected) + "<", "Appeals per million subscribers",
                "50.0% (1 of 2 decided)", "百万客户申诉率: tickets that came through the regulator channel");
    }

    @Test
    void theDashboardShowsAppealsPerMillionAsTheSourceCounts() {
        YearMonth month = YearMonth.now(clock);
        rollups.refresh(month);
        MonthFigures figures = dashboard.view(month, null).current();
        long appeals = jdbc.sql("select count(*) from tickets where channel = 'REGULATOR' and opened_at >= ? and opened_at < ?")
                .params(java.sql.Timestamp.from(month.atDay(1).atStartOfDay(clock.getZone()).toInstant()),
                        java.sql.Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant()))
                .query(Long.class).single();
        assertThat(figures.appeals()).isEqualTo(appeals).isEqualTo(2);
        assertThat(figures.tickets()).isEqualTo(5);
        assertThat(figures.complaintsPerMillion()).isEqualByComparingTo(
                BigDecimal.valueOf(appeals * 1_000_000L).divide(BigDecimal.valueOf(figures.subscribers()), 1, RoundingMode.HALF_UP));
    }
}
