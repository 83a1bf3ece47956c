package io.manyi.complaints;

import io.manyi.complaints.internal.TicketRows;
import io.manyi.platform.outbox.Outbox;
import io.manyi.platform.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and reading tickets. A new ticket gets its SLA (category x severity x the subscriber's
 * star level, on the business calendar), its timers, and, when the subscriber complained about
 * the same category within the repeat window, the repeat flag, one escalation level and a
 * {@code ComplaintRepeated} event.
 */
@Component
public class Tickets {

    private final JdbcClient jdbc;
    private final TicketRows rows;
    private final ComplaintCategories categories;
    private final SlaTimers timers;
    private final Settings settings;
    private final Outbox outbox;
    private final Clock clock;

    public Tickets(JdbcClient jdbc, TicketRows rows, ComplaintCategories categories, SlaTimers timers,
                   Settings settings, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.categories = categories;
        this.timers = timers;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    public ComplaintRules rules() {
        return settings.get(ComplaintRules.SETTING, ComplaintRules.class, ComplaintRules::defaults);
    }

    @Transactional
    public Ticket open(NewTicket request, String actor) {
        validate(request);
        // One query both checks the subscriber and reads the star level.
        Integer subscriberStars = request.msisdn() == null ? Integer.valueOf(0) : stars(request.msisdn())
                .orElseThrow(() -> new TicketRefused(422, "unknown-subscriber", "no subscriber with this number"));
        Instant now = clock.instant();
        Severity severity = request.channel().severity(request.severity());
        int stars = subscriberStars;
        SlaPolicy policy = timers.policy();
        ComplaintRules rules = rules();
        Duration budget = policy.budget(categories.path(request.category()), severity, request.channel(), stars);
        Duration window = Duration.ofDays(rules.repeatWindowDays());
        Optional<RepeatComplaints.Earlier> repeated = request.msisdn() == null ? Optional.empty()
                : RepeatComplaints.repeats(earlier(request.msisdn(), request.category(), now.minus(window)),
                request.category(), now, window);
        // A new ticket has no pauses: its due time is known before the row is written.
        BusinessCalendar calendar = policy.calendar(clock.getZone());
        Instant due = calendar.plus(now, budget);
        Instant warning = calendar.plus(now, SlaClock.share(budget, policy.warnAt()));
        Map<String, Object> opened = new LinkedHashMap<>();
        opened.put("channel", request.channel().name());
        opened.put("category", request.category());
        opened.put("severity", severity.name());
        opened.put("stars", stars);
        opened.put("slaMinutes", budget.toMinutes());
        // The row, the OPENED entry, both timers and the row read back: one statement.
        Ticket created = rows.open(new TicketRows.Insert(null, request.msisdn(), request.channel(), request.category(),
                severity, TicketStatus.OPEN, request.description().strip(), stars, now, now, null, budget.toMinutes(),
                due, repeated.map(RepeatComplaints.Earlier::ticketId).orElse(null), repeated.isPresent() ? 1 : 0,
                actor, request.tmf()), opened, warning, due);
        long id = created.id();
        for (NewTicket.Attachment attachment : request.attachments()) {
            rows.attachment(id, attachment, now, actor);
            rows.history(id, now, actor, "ATTACHMENT_ADDED", Map.of("fileName", attachment.fileName()));
        }
        if (repeated.isPresent()) {
            long earlier = repeated.get().ticketId();
            rows.history(id, now, actor, "REPEAT_ESCALATED", Map.of("repeatOf", earlier,
                    "windowDays", rules.repeatWindowDays()));
            outbox.publish(new ComplaintRepeated(request.msisdn(), YearMonth.from(now.atZone(clock.getZone())), id,
                    request.category()));
        }
        // Nothing recorded yet: no need to read steps and notes back.
        return request.attachments().isEmpty() ? created : find(id);
    }

    private void validate(NewTicket request) {
        List<String> missing = new ArrayList<>();
        if (request.channel() == null) {
            missing.add("channel");
        }
        if (request.category() == null || request.category().isBlank()) {
            missing.add("category");
        }
        if (request.severity() == null) {
            missing.add("severity");
        }
        if (request.description() == null || request.description().isBlank()) {
            missing.add("description");
        }
        if (!missing.isEmpty()) {
            throw TicketRefused.invalid("missing or invalid: " + String.join(", ", missing));
        }
        if (request.description().length() > 4000) {
            throw TicketRefused.invalid("description longer than 4000 characters");
        }
        ComplaintCategories.Category category = categories.find(request.category())
                .orElseThrow(() -> new TicketRefused(422, "unknown-category", "no category " + request.category()));
        if (!category.active()) {
            throw new TicketRefused(422, "inactive-category", "category " + request.category() + " is no longer used");
        }
        for (NewTicket.Attachment a : request.attachments()) {
            if (a.fileName() == null || a.fileName().isBlank() || a.contentType() == null || a.sizeBytes() < 0) {
                throw TicketRefused.invalid("an attachment needs fileName, contentType and sizeBytes");
            }
        }
    }

    /** What a desk shows beside a caller: the star level in force (0 when none) and the tickets still open. */
    public record Standing(int stars, long openTickets) {
    }

    public Standing standing(String msisdn) {
        long open = jdbc.sql("select count(*) from tickets where msisdn = ? and status not in " + TicketStatusSql.FINAL)
                .param(msisdn).query(Long.class).single();
        return new Standing(stars(msisdn).orElse(0), open);
    }

    /** The subscriber's star level in force (tier's current_star_levels; 0 when none); empty when no such subscriber. */
    private Optional<Integer> stars(String msisdn) {
        return jdbc.sql("""
                        select coalesce((select a.stars from current_star_levels a where a.msisdn = s.msisdn), 0)
                        from subscribers s where s.msisdn = ?""")
                .param(msisdn).query(Integer.class).optional();
    }

    private List<RepeatComplaints.Earlier> earlier(String msisdn, String category, Instant from) {
        return jdbc.sql("select id, category, opened_at from tickets where msisdn = ? and category = ? and opened_at >= ?")
                .params(msisdn, category, TicketRows.ts(from))
                .query((rs, n) -> new RepeatComplaints.Earlier(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    public Ticket find(long id) {
        return rows.find(id).orElseThrow(() -> TicketRefused.notFound(id));
    }

    public List<Ticket.HistoryEntry> history(long id) {
        find(id);
        return rows.history(id);
    }

    /** Filters of the ticket list; null means any. */
    public record Filter(String msisdn, TicketStatus status, String category, Severity severity, Channel channel,
                         String createdBy, Boolean open, Boolean escalated) {
    }

    public List<Ticket> list(Filter filter, int limit, int offset) {
        Where where = where(filter);
        return rows.select(where.sql, where.params, "order by t.sla_due_at asc nulls last, t.id desc", limit, offset);
    }

    public long count(Filter filter) {
        Where where = where(filter);
        return rows.count(where.sql, where.params);
    }

    private record Where(String sql, List<Object> params) {
    }

    /** Where a ticket stands against its SLA; {@link #of} tells it for one ticket, the queue filters by it. */
    public enum SlaState {
        ON_TIME, NEAR_BREACH, BREACHED, PAUSED;

        /** Paused while waiting for the customer; breached once the breach fired or the due time passed; near once warned. */
        public static SlaState of(Ticket t, Instant now) {
            if (t.paused()) {
                return PAUSED;
            }
            if (t.slaBreachedAt() != null || (t.slaDueAt() != null && !t.slaDueAt().isAfter(now))) {
                return BREACHED;
            }
            return t.slaWarnedAt() != null ? NEAR_BREACH : ON_TIME;
        }
    }

    /** The desk's orders: due soonest first (default), newest first, most severe first (then due soonest). */
    public enum QueueSort {
        DUE("order by t.sla_due_at asc nulls last, t.id"),
        NEWEST("order by t.opened_at desc, t.id desc"),
        SEVERITY("order by case t.severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end,"
                + " t.sla_due_at asc nulls last, t.id");

        private final String sql;

        QueueSort(String sql) {
            this.sql = sql;
        }
    }

    /**
     * The desk's queue of open tickets; null means any. {@code mine}: assigned to this user, or logged
     * by them and assigned to nobody; {@code team}: the department working the ticket; {@code categories}:
     * the category and the ones under it; {@code appeals}: only those that came through the regulator.
     */
    public record Queue(String mine, String team, List<String> categories, Severity severity, SlaState sla, Boolean appeals) {
    }

    public record Page(List<Ticket> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private static final String QUEUE_FROM = """
            from tickets t
            left join complaint_categories c on c.code = t.category
            left join complaint_categories p on p.code = c.parent_code
            left join complaint_categories g on g.code = p.parent_code
            """;

    /** A page (from 1) of the open tickets the queue's filters keep, in the order asked, and how many there are. */
    public Page queue(Queue q, QueueSort sort, int page, int size) {
        Instant now = clock.instant();
        StringBuilder sql = new StringBuilder("where t.status not in ").append(TicketStatusSql.FINAL);
        List<Object> params = new ArrayList<>();
        if (q.mine() != null) {
            sql.append(" and (t.assignee = ? or (t.assignee is null and t.created_by = ?))");
            params.add(q.mine());
            params.add(q.mine());
        }
        if (q.team() != null) {
            sql.append(" and coalesce(t.handling_department, c.department, p.department, g.department) = ?");
            params.add(q.team());
        }
        if (q.categories() != null && !q.categories().isEmpty()) {
            sql.append(" and t.category in (").append(String.join(",", java.util.Collections.nCopies(q.categories().size(), "?")))
                    .append(")");
            params.addAll(q.categories());
        }
        if (q.severity() != null) {
            sql.append(" and t.severity = ?");
            params.add(q.severity().name());
        }
        if (Boolean.TRUE.equals(q.appeals())) {
            sql.append(" and t.channel = ?");
            params.add(Channel.REGULATOR.name());
        }
        if (q.sla() != null) {
            String paused = "t.status = '" + TicketStatus.WAITING_CUSTOMER.name() + "'";
            String breached = "(t.sla_breached_at is not null or t.sla_due_at <= ?)";
            switch (q.sla()) {
                case PAUSED -> sql.append(" and ").append(paused);
                case BREACHED -> sql.append(" and not ").append(paused).append(" and ").append(breached);
                case NEAR_BREACH -> sql.append(" and not ").append(paused).append(" and not ").append(breached)
                        .append(" and t.sla_warned_at is not null");
                case ON_TIME -> sql.append(" and not ").append(paused).append(" and not ").append(breached)
                        .append(" and t.sla_warned_at is null");
            }
            if (q.sla() != SlaState.PAUSED) {
                params.add(TicketRows.ts(now));
            }
        }
        int bounded = Math.max(1, Math.min(size, 200));
        long total = jdbc.sql("select count(*) " + QUEUE_FROM + sql).params(new ArrayList<>(params)).query(Long.class).single();
        // a page past the end shows the last one (and a page number that large cannot overflow the offset)
        int from = (int) Math.clamp(page, 1, Math.max(1, (total + bounded - 1) / bounded));
        List<Ticket> items = rows.select(sql.toString(), params, sort.sql, bounded, (from - 1) * bounded);
        return new Page(items, total, from, bounded);
    }

    /** The customer-service department: the 10086 desk's own team, for users complaint_agents does not name. */
    public static final String DEFAULT_TEAM = "SERVICE";

    /** The team (department) a desk user works in: complaint_agents, else {@link #DEFAULT_TEAM}. */
    public String teamOf(String username) {
        return jdbc.sql("select department from complaint_agents where username = ?").param(username).query(String.class)
                .optional().orElse(DEFAULT_TEAM);
    }

    private static Where where(Filter f) {
        StringBuilder sql = new StringBuilder("where true");
        List<Object> params = new ArrayList<>();
        if (f.msisdn() != null) {
            sql.append(" and t.msisdn = ?");
            params.add(f.msisdn());
        }
        if (f.status() != null) {
            sql.append(" and t.status = ?");
            params.add(f.status().name());
        }
        if (f.category() != null) {
            sql.append(" and t.category = ?");
            params.add(f.category());
        }
        if (f.severity() != null) {
            sql.append(" and t.severity = ?");
            params.add(f.severity().name());
        }
        if (f.channel() != null) {
            sql.append(" and t.channel = ?");
            params.add(f.channel().name());
        }
        if (f.createdBy() != null) {
            sql.append(" and t.created_by = ?");
            params.add(f.createdBy());
        }
        if (Boolean.TRUE.equals(f.open())) {
            sql.append(" and t.status not in ").append(TicketStatusSql.FINAL);
        }
        if (Boolean.TRUE.equals(f.escalated())) {
            sql.append(" and t.escalation_level > 0");
        }
        return new Where(sql.toString(), params);
    }
}
