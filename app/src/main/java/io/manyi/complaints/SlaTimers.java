package io.manyi.complaints;

import static io.manyi.complaints.internal.TicketRows.ts;

import io.manyi.complaints.internal.TicketRows;
import io.manyi.platform.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA timers of tickets as rows in {@code sla_timers}: a warning at {@code warnAt} of the time
 * and an escalation at breach. {@link #fireDue} claims due rows with {@code for update skip locked}
 * and marks them fired in the same transaction as their effect, so every timer fires exactly once,
 * whatever the number of pollers and however often the server restarts.
 */
@Component
public class SlaTimers {

    public static final String SYSTEM = "sla-timer";

    private final JdbcClient jdbc;
    private final Settings settings;
    private final TicketRows rows;
    private final Clock clock;

    public SlaTimers(JdbcClient jdbc, Settings settings, TicketRows rows, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.rows = rows;
        this.clock = clock;
    }

    public SlaPolicy policy() {
        return settings.get(SlaPolicy.SETTING, SlaPolicy.class, SlaPolicy::defaults);
    }

    public BusinessCalendar calendar() {
        return policy().calendar(clock.getZone());
    }

    public List<SlaClock.Pause> pauses(long ticketId) {
        return jdbc.sql("select started_at, ended_at from ticket_pauses where ticket_id = ? order by started_at")
                .param(ticketId)
                .query((rs, n) -> new SlaClock.Pause(rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .list();
    }

    /** (Re)computes the unfired timers of a ticket and its due time; both null while paused. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Instant> schedule(long ticketId, Instant openedAt, Duration budget) {
        return schedule(ticketId, openedAt, budget, policy(), pauses(ticketId));
    }

    private Optional<Instant> schedule(long ticketId, Instant openedAt, Duration budget, SlaPolicy policy,
                                       List<SlaClock.Pause> pauses) {
        BusinessCalendar calendar = policy.calendar(clock.getZone());
        Optional<Instant> breach = SlaClock.reaching(calendar, openedAt, budget, pauses);
        Optional<Instant> warning = SlaClock.reaching(calendar, openedAt, SlaClock.share(budget, policy.warnAt()), pauses);
        jdbc.sql("""
                insert into sla_timers (ticket_id, kind, due_at) values (?, 'WARNING', ?), (?, 'BREACH', ?)
                on conflict (ticket_id, kind) do update set due_at = excluded.due_at where sla_timers.fired_at is null
                """).params(ticketId, ts(warning.orElse(null)), ticketId, ts(breach.orElse(null))).update();
        jdbc.sql("update tickets set sla_due_at = ? where id = ?").params(ts(breach.orElse(null)), ticketId).update();
        return breach;
    }

    /** The clock stops: waiting for the customer. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void pause(long ticketId, Instant at) {
        jdbc.sql("insert into ticket_pauses (ticket_id, started_at) values (?, ?) on conflict do nothing")
                .params(ticketId, ts(at)).update();
        jdbc.sql("update sla_timers set due_at = null where ticket_id = ? and fired_at is null").param(ticketId).update();
        jdbc.sql("update tickets set sla_due_at = null where id = ?").param(ticketId).update();
    }

    /** The clock runs again; the due times move by the business time the pause took. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Instant> resume(long ticketId, Instant at) {
        jdbc.sql("update ticket_pauses set ended_at = ? where ticket_id = ? and ended_at is null")
                .params(ts(at), ticketId).update();
        record Clock(Instant openedAt, long minutes) {
        }
        Clock c = jdbc.sql("select opened_at, sla_minutes from tickets where id = ?").param(ticketId)
                .query((rs, n) -> new Clock(rs.getTimestamp(1).toInstant(), rs.getLong(2))).single();
        return schedule(ticketId, c.openedAt(), Duration.ofMinutes(c.minutes()));
    }

    /** A final ticket needs no timer: unfired ones go. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void stop(long ticketId) {
        jdbc.sql("delete from sla_timers where ticket_id = ? and fired_at is null").param(ticketId).update();
    }

    /**
     * Fires up to {@code limit} timers due at {@code now}: a warning marks the ticket warned, a
     * breach escalates it one level; each writes its history entry. Returns how many fired.
     */
    @Transactional
    public int fireDue(Instant now, int limit) {
        record Due(long ticketId, String kind, Instant dueAt) {
        }
        List<Due> due = jdbc.sql("""
                        select ticket_id, kind, due_at from sla_timers
                        where fired_at is null and due_at <= ?
                        order by due_at limit ?
                        for update skip locked
                        """).params(ts(now), limit)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
        for (Due timer : due) {
            if (timer.kind().equals("WARNING")) {
                // stamped with the time the timer was due (the same as now but for a backlog after downtime or an import)
                jdbc.sql("update tickets set sla_warned_at = coalesce(sla_warned_at, ?), last_update = ? where id = ?")
                        .params(ts(timer.dueAt()), ts(now), timer.ticketId()).update();
                rows.history(timer.ticketId(), now, SYSTEM, "SLA_WARNING", Map.of("dueAt", timer.dueAt().toString()));
            } else {
                jdbc.sql("""
                        update tickets set sla_breached_at = coalesce(sla_breached_at, ?), escalation_level = escalation_level + 1,
                            last_update = ?
                        where id = ?""").params(ts(timer.dueAt()), ts(now), timer.ticketId()).update();
                rows.history(timer.ticketId(), now, SYSTEM, "SLA_ESCALATED", Map.of("dueAt", timer.dueAt().toString()));
            }
            jdbc.sql("update sla_timers set fired_at = ? where ticket_id = ? and kind = ?")
                    .params(ts(now), timer.ticketId(), timer.kind()).update();
        }
        return due.size();
    }

    /** Business minutes run so far on a ticket. */
    public Duration elapsed(long ticketId, Instant openedAt, Instant now) {
        return SlaClock.elapsed(calendar(), openedAt, pauses(ticketId), now);
    }
}
