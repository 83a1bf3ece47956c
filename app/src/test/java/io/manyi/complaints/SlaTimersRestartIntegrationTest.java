package io.manyi.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.ManyiApplication;
import io.manyi.platform.security.DemoUsers;
import io.manyi.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SLA timers survive a restart: the warning fires in one application context, the context
 * stops, a new one starts on the same database and fires the escalation; each fires exactly
 * once, also when four pollers race for the same due rows.
 */
class SlaTimersRestartIntegrationTest {

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ManyiApplication.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--manyi.data-dir=" + TestDatabase.dataDir(), "--spring.main.banner-mode=off");
    }

    @Test
    void warningBeforeTheRestartEscalationAfterEachExactlyOnce() throws Exception {
        long id;
        Instant opened;
        Duration budget;
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            ComplaintFixture.load(jdbc, first.getBean(DemoUsers.class), first.getBean(CategorySeed.class));
            Ticket ticket = first.getBean(Tickets.class).open(new NewTicket(ComplaintFixture.NO_STARS, Channel.HOTLINE,
                    "BILLING_ERROR", Severity.HIGH, "扣费错误", List.of(), null), "agent");
            id = ticket.id();
            opened = ticket.openedAt();
            budget = Duration.ofMinutes(ticket.slaMinutes());
            SlaTimers timers = first.getBean(SlaTimers.class);
            BusinessCalendar calendar = timers.calendar();
            Instant warning = calendar.plus(opened, SlaClock.share(budget, timers.policy().warnAt()));
            assertThat(timers.fireDue(warning.minusSeconds(1), 100)).isZero();
            assertThat(firedInParallel(first, warning.plusSeconds(1))).isEqualTo(1);
            assertThat(firedInParallel(first, warning.plusSeconds(2))).isZero();
            assertThat(actions(jdbc, id)).containsExactly("OPENED", "SLA_WARNING");
        }
        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            SlaTimers timers = second.getBean(SlaTimers.class);
            Instant breach = timers.calendar().plus(opened, budget);
            assertThat(firedInParallel(second, breach.plusSeconds(1))).isEqualTo(1);
            assertThat(firedInParallel(second, breach.plus(Duration.ofDays(3)))).isZero();
            assertThat(actions(jdbc, id)).containsExactly("OPENED", "SLA_WARNING", "SLA_ESCALATED");
            assertThat(jdbc.sql("select escalation_level from tickets where id = ?").param(id).query(Integer.class).single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from sla_timers where ticket_id = ? and fired_at is not null").param(id)
                    .query(Integer.class).single()).isEqualTo(2);
        }
    }

    /** Four pollers at once, as four servers on one database would; returns how many timers fired in all. */
    private static int firedInParallel(ConfigurableApplicationContext context, Instant now) throws Exception {
        SlaTimers timers = context.getBean(SlaTimers.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> pollers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pollers.add(() -> timers.fireDue(now, 100));
            }
            int total = 0;
            for (Future<Integer> fired : pool.invokeAll(pollers)) {
                total += fired.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> actions(JdbcClient jdbc, long id) {
        return jdbc.sql("select action from ticket_history where ticket_id = ? order by id").param(id).query(String.class).list();
    }
}
