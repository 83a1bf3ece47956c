package io.manyi.complaints;

import static io.manyi.complaints.internal.TicketRows.ts;

import io.manyi.complaints.internal.TicketRows;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adopts the complaints the intake imported (table {@code complaints}, ADR 0004) as tickets: one
 * ticket per complaint id, closed when the export says so, with the SLA the rules give it and
 * an IMPORTED history entry. Idempotent (tickets.complaint_id is unique); imported tickets get
 * no live timers: their breach is known from the dates (ADR 0004).
 */
@Component
public class ImportedComplaints {

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final ComplaintCategories categories;
    private final SlaTimers timers;
    private final io.manyi.platform.settings.Settings settings;
    private final Clock clock;

    public ImportedComplaints(JdbcClient jdbc, JdbcTemplate template,
                              org.springframework.transaction.PlatformTransactionManager transactions,
                              ComplaintCategories categories, SlaTimers timers, io.manyi.platform.settings.Settings settings,
                              Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = new TransactionTemplate(transactions);
        this.categories = categories;
        this.timers = timers;
        this.clock = clock;
    }

    private record Imported(String complaintId, String msisdn, String channel, String category, String severity,
                            Timestamp openedAt, Timestamp closedAt, String description, int stars) {
    }

    /** Adopts every complaint not yet a ticket; returns how many. */
    public int adoptAll() {
        long before = jdbc.sql("select coalesce(max(id), 0) from tickets").query(Long.class).single();
        int total = 0;
        int adopted;
        do {
            adopted = transaction.execute(status -> adoptBatch());
            total += adopted;
        } while (adopted == BATCH);
        if (total > 0) {
            markRepeats(before);
        }
        reconcile();
        return total;
    }

    /**
     * Brings earlier adoptions up to the rules (idempotent, at every adoption run): a ticket still
     * untouched (OPEN, nobody assigned, no step) whose complaint the export now says is closed is
     * closed at the export's time; one open in the export longer than {@code importStaleDays} is
     * cancelled as stale; the rest get their SLA timers, so the poller warns and escalates them.
     */
    public Reconciled reconcile() {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            ZoneId zone = clock.getZone();
            int closed = jdbc.sql("""
                    with closed as (
                        update tickets t set status = 'CLOSED', closed_at = (c.closed_at at time zone ?),
                            status_changed_at = (c.closed_at at time zone ?), last_update = ?
                        from complaints c
                        where c.complaint_id = t.complaint_id and c.closed_at is not null
                          and t.status = 'OPEN' and t.assignee is null
                          and not exists (select 1 from ticket_steps s where s.ticket_id = t.id)
                        returning t.id, c.closed_at),
                    gone as (delete from sla_timers s using closed where s.ticket_id = closed.id and s.fired_at is null)
                    insert into ticket_history (ticket_id, at, actor, action, detail)
                    select id, ?, 'import', 'IMPORT_CLOSED', jsonb_build_object('closedAt', to_char(closed_at, 'YYYY-MM-DD HH24:MI'))
                    from closed
                    """).params(zone.getId(), zone.getId(), ts(now), ts(now)).update();
            int days = rules().staleDays();
            int stale = jdbc.sql("""
                    with stale as (
                        update tickets t set status = 'CANCELLED', closed_at = ?, status_changed_at = ?, last_update = ?,
                            sla_breached_at = coalesce(t.sla_breached_at, t.sla_due_at)
                        where t.complaint_id is not null and t.status = 'OPEN' and t.assignee is null
                          and t.opened_at < ? and not exists (select 1 from ticket_steps s where s.ticket_id = t.id)
                        returning t.id),
                    gone as (delete from sla_timers s using stale where s.ticket_id = stale.id and s.fired_at is null)
                    insert into ticket_history (ticket_id, at, actor, action, detail)
                    select id, ?, 'import', 'IMPORT_STALE', jsonb_build_object('days', ?) from stale
                    """).params(ts(now), ts(now), ts(now), ts(now.minus(Duration.ofDays(days))), ts(now), days).update();
            record Open(long id, Instant openedAt, long minutes) {
            }
            List<Open> untimed = jdbc.sql("""
                            select t.id, t.opened_at, t.sla_minutes from tickets t
                            where t.complaint_id is not null and t.status = 'OPEN'
                              and not exists (select 1 from sla_timers s where s.ticket_id = t.id)
                            """)
                    .query((rs, n) -> new Open(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3))).list();
            SlaPolicy policy = timers.policy();
            BusinessCalendar calendar = policy.calendar(zone);
            for (Open o : untimed) {
                Duration budget = Duration.ofMinutes(o.minutes());
                timer(o.id(), calendar.plus(o.openedAt(), SlaClock.share(budget, policy.warnAt())), calendar.plus(o.openedAt(), budget));
            }
            return new Reconciled(closed, stale, untimed.size());
        });
    }

    /** What {@link #reconcile} did: tickets closed as the export says, cancelled as stale, given their SLA timers. */
    public record Reconciled(int closed, int stale, int timed) {
    }

    private void timer(long ticketId, Instant warning, Instant breach) {
        template.update("""
                insert into sla_timers (ticket_id, kind, due_at) values (?, 'WARNING', ?), (?, 'BREACH', ?)
                on conflict (ticket_id, kind) do nothing""", ticketId, ts(warning), ticketId, ts(breach));
    }

    private ComplaintRules rules() {
        return settings.get(ComplaintRules.SETTING, ComplaintRules.class, ComplaintRules::defaults);
    }


    /**
     * Flags the adopted tickets that repeat an earlier complaint of the same subscriber and
     * category within the window (flag only: an export's history is not escalated now).
     */
    private void markRepeats(long adoptedAfter) {
        int days = repeatWindowDays();
        jdbc.sql("""
                update tickets t set repeat_of = (
                    select e.id from tickets e
                    where e.msisdn = t.msisdn and e.category = t.category and e.id <> t.id
                      and e.opened_at <= t.opened_at and e.opened_at >= t.opened_at - make_interval(days => ?)
                      and (e.opened_at < t.opened_at or e.id < t.id)
                    order by e.opened_at desc, e.id desc limit 1)
                where t.id > ? and t.complaint_id is not null and t.repeat_of is null
                """).params(days, adoptedAfter).update();
    }

    private int repeatWindowDays() {
        return rules().repeatWindowDays();
    }

    private int adoptBatch() {
        // Imported timestamps are the operator's local time (timestamp without time zone).
        List<Imported> batch = jdbc.sql("""
                        select c.complaint_id, c.msisdn, c.channel, c.category, c.severity, c.opened_at, c.closed_at,
                               coalesce(c.description, '') as description, coalesce((select a.stars from current_star_levels a
                                   where a.msisdn = c.msisdn), 0) as stars
                        from complaints c
                        where not exists (select 1 from tickets t where t.complaint_id = c.complaint_id)
                        order by c.opened_at limit ?
                        """).param(BATCH).query(Imported.class).list();
        if (batch.isEmpty()) {
            return 0;
        }
        ZoneId zone = clock.getZone();
        SlaPolicy policy = timers.policy();
        BusinessCalendar calendar = policy.calendar(zone);
        Map<String, ComplaintCategories.Category> known = categories.byCode();
        Instant now = clock.instant();
        Instant staleBefore = now.minus(Duration.ofDays(rules().staleDays()));
        for (Imported c : batch) {
            Instant opened = c.openedAt().toLocalDateTime().atZone(zone).toInstant();
            Instant closed = c.closedAt() == null ? null : c.closedAt().toLocalDateTime().atZone(zone).toInstant();
            Severity severity = parse(Severity.class, c.severity(), Severity.MEDIUM);
            Channel channel = parse(Channel.class, c.channel(), Channel.HOTLINE);
            List<String> path = known.containsKey(c.category()) ? categories.path(c.category()) : List.of(c.category());
            Duration budget = policy.budget(path, severity, channel, c.stars());
            Instant due = calendar.plus(opened, budget);
            Instant end = closed == null ? now : closed;
            // still open in the export long after opening: not followed here (docs/complaints.md, "Imported complaints")
            boolean stale = closed == null && opened.isBefore(staleBefore);
            String status = closed != null ? "CLOSED" : stale ? "CANCELLED" : "OPEN";
            Instant finalAt = closed != null ? closed : stale ? now : null;
            Long id = jdbc.sql("""
                            insert into tickets (complaint_id, msisdn, channel, category, severity, status, description, stars,
                                opened_at, status_changed_at, last_update, closed_at, sla_minutes, sla_due_at,
                                sla_breached_at, created_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import')
                            on conflict (complaint_id) do nothing returning id
                            """)
                    .params(c.complaintId(), c.msisdn(), channel.name(), c.category(), severity.name(),
                            status, c.description(), c.stars(), ts(opened),
                            ts(finalAt == null ? opened : finalAt), ts(finalAt == null ? opened : finalAt), ts(finalAt),
                            budget.toMinutes(), ts(due), finalAt != null && end.isAfter(due) ? ts(due) : null)
                    .query(Long.class).optional().orElse(null);
            if (id != null) {
                template.update("insert into ticket_history (ticket_id, at, actor, action, detail) values (?, ?, 'import', 'IMPORTED', cast(? as jsonb))",
                        id, ts(now), TicketRows.json(Map.of("complaintId", c.complaintId(), "channel", c.channel(),
                                "severity", c.severity())));
                if (stale) {
                    template.update("insert into ticket_history (ticket_id, at, actor, action, detail) values (?, ?, 'import', 'IMPORT_STALE', cast(? as jsonb))",
                            id, ts(now), TicketRows.json(Map.of("days", rules().staleDays())));
                } else if (finalAt == null) {
                    // open: its timers, so that the poller warns and escalates it as the SLA rules say
                    timer(id, calendar.plus(opened, SlaClock.share(budget, policy.warnAt())), due);
                }
            }
        }
        return batch.size();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        for (E e : EnumSet.allOf(type)) {
            if (e.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return e;
            }
        }
        return fallback;
    }
}
