package io.manyi.complaints.internal;

import io.manyi.complaints.Channel;
import io.manyi.complaints.HandlingStep;
import io.manyi.complaints.NewTicket;
import io.manyi.complaints.Severity;
import io.manyi.complaints.Ticket;
import io.manyi.complaints.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of tickets: rows, history, steps, attachments, notes. */
@Component
public class TicketRows {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final JdbcClient jdbc;

    public TicketRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns a new ticket is written with. */
    public record Insert(String complaintId, String msisdn, Channel channel, String category, Severity severity,
                         TicketStatus status, String description, int stars, Instant openedAt, Instant now,
                         Instant closedAt, long slaMinutes, Instant slaDueAt, Long repeatOf, int escalationLevel,
                         String createdBy, NewTicket.TmfFields tmf) {
    }

    private static final String INSERT = """
            insert into tickets (complaint_id, msisdn, channel, category, severity, status, description, stars,
                opened_at, status_changed_at, last_update, closed_at, sla_minutes, sla_due_at, repeat_of,
                escalation_level, created_by, tmf_name, tmf_ticket_type, tmf_severity, tmf_priority,
                tmf_requested_resolution)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    public long insert(Insert t) {
        return jdbc.sql(INSERT + "returning id").params(insertParams(t)).query(Long.class).single();
    }

    /**
     * A new ticket in one statement: its row, the OPENED history entry ({@code openedDetail}), its
     * two SLA timers, and the row read back with its category's names, as {@link #findNew} would.
     */
    public Ticket open(Insert t, Map<String, ?> openedDetail, Instant warningAt, Instant dueAt) {
        List<Object> params = new ArrayList<>(insertParams(t));
        params.addAll(List.of(t.createdBy(), JSON.writeValueAsString(openedDetail)));
        params.addAll(Arrays.asList(ts(warningAt), ts(dueAt)));
        Ticket row = jdbc.sql("with t as (" + INSERT + """
                        returning *),
                        opened as (
                            insert into ticket_history (ticket_id, at, actor, action, detail)
                            select id, opened_at, ?, 'OPENED', cast(? as jsonb) from t),
                        timers as (
                            insert into sla_timers (ticket_id, kind, due_at)
                            select id, kind, due_at from t,
                                   (values ('WARNING', cast(? as timestamptz)), ('BREACH', cast(? as timestamptz))) k (kind, due_at))
                        select t.*, t.remedy::text as remedy_json, t.agreement::text as agreement_json,
                               c.name_zh, c.name_en, coalesce(c.department, p.department, g.department) as department
                        from t
                        left join complaint_categories c on c.code = t.category
                        left join complaint_categories p on p.code = c.parent_code
                        left join complaint_categories g on g.code = p.parent_code
                        """).params(params).query((rs, n) -> ticket(rs)).single();
        return withNoSteps(row);
    }

    private static List<Object> insertParams(Insert t) {
        NewTicket.TmfFields tmf = t.tmf() == null ? new NewTicket.TmfFields(null, null, null, null, null) : t.tmf();
        return Arrays.asList(t.complaintId(), t.msisdn(), t.channel().name(), t.category(), t.severity().name(),
                t.status().name(), t.description(), t.stars(), ts(t.openedAt()), ts(t.now()), ts(t.now()),
                ts(t.closedAt()), t.slaMinutes(), ts(t.slaDueAt()), t.repeatOf(), t.escalationLevel(),
                t.createdBy(), tmf.name(), tmf.ticketType(), tmf.severity(), tmf.priority(),
                ts(tmf.requestedResolutionDate()));
    }

    public void history(long ticketId, Instant at, String actor, String action, Map<String, ?> detail) {
        jdbc.sql("insert into ticket_history (ticket_id, at, actor, action, detail) values (?, ?, ?, ?, cast(? as jsonb))")
                .params(ticketId, ts(at), actor, action, JSON.writeValueAsString(detail)).update();
    }

    public List<Ticket.HistoryEntry> history(long ticketId) {
        return jdbc.sql("select id, at, actor, action, detail::text as detail from ticket_history where ticket_id = ? order by id")
                .param(ticketId)
                .query((rs, n) -> new Ticket.HistoryEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("detail")))
                .list();
    }

    public void attachment(long ticketId, NewTicket.Attachment a, Instant at, String actor) {
        jdbc.sql("""
                insert into ticket_attachments (ticket_id, file_name, content_type, size_bytes, sha256, added_at, added_by)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(ticketId, a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), ts(at), actor).update();
    }

    public long note(long ticketId, String author, String text, Instant at) {
        return jdbc.sql("insert into ticket_notes (ticket_id, author, text, at) values (?, ?, ?, ?) returning id")
                .params(ticketId, author, text, ts(at)).query(Long.class).single();
    }

    /** Locks the ticket row for the rest of the transaction; empty when there is no such ticket. */
    public Optional<TicketStatus> lock(long id) {
        return jdbc.sql("select status from tickets where id = ? for update").param(id)
                .query((rs, n) -> TicketStatus.valueOf(rs.getString(1))).optional();
    }

    public Optional<Ticket> find(long id) {
        List<Ticket> found = select("where t.id = ?", List.of(id), 1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Ticket t = found.getFirst();
        return Optional.of(withDetails(t));
    }

    /** A ticket just opened: the six steps unrecorded, no attachments, no notes (nothing read back but the row). */
    public Optional<Ticket> findNew(long id) {
        List<Ticket> found = select("where t.id = ?", List.of(id), 1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withNoSteps(found.getFirst()));
    }

    private static Ticket withNoSteps(Ticket t) {
        List<Ticket.Step> steps = new ArrayList<>();
        for (HandlingStep step : HandlingStep.values()) {
            steps.add(new Ticket.Step(step, false, null, null, null));
        }
        return t.with(steps, List.of(), List.of());
    }

    private Ticket withDetails(Ticket t) {
        Map<HandlingStep, Ticket.Step> recorded = new EnumMap<>(HandlingStep.class);
        jdbc.sql("select step, note, recorded_at, recorded_by from ticket_steps where ticket_id = ?").param(t.id())
                .query((rs, n) -> new Ticket.Step(HandlingStep.valueOf(rs.getString("step")), true, rs.getString("note"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
                .list().forEach(s -> recorded.put(s.step(), s));
        List<Ticket.Step> steps = new ArrayList<>();
        for (HandlingStep step : HandlingStep.values()) {
            steps.add(recorded.getOrDefault(step, new Ticket.Step(step, false, null, null, null)));
        }
        List<Ticket.Attachment> attachments = jdbc.sql("""
                        select id, file_name, content_type, size_bytes, added_at from ticket_attachments
                        where ticket_id = ? order by id""").param(t.id())
                .query((rs, n) -> new Ticket.Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getTimestamp(5).toInstant())).list();
        List<Ticket.Note> notes = jdbc.sql("select id, author, text, at from ticket_notes where ticket_id = ? order by id")
                .param(t.id())
                .query((rs, n) -> new Ticket.Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
        return t.with(steps, attachments, notes);
    }

    /** Tickets without steps, attachments and notes, for lists. {@code where} uses "t." for tickets. */
    public List<Ticket> select(String where, List<?> params, int limit) {
        return select(where, params, "order by t.id desc", limit, 0);
    }

    public List<Ticket> select(String where, List<?> params, String orderBy, int limit, int offset) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        all.add(offset);
        return jdbc.sql("""
                        select t.*, t.remedy::text as remedy_json, t.agreement::text as agreement_json,
                               c.name_zh, c.name_en, coalesce(c.department, p.department, g.department) as department
                        from tickets t
                        left join complaint_categories c on c.code = t.category
                        left join complaint_categories p on p.code = c.parent_code
                        left join complaint_categories g on g.code = p.parent_code
                        """ + where + " " + orderBy + " limit ? offset ?")
                .params(all).query((rs, n) -> ticket(rs)).list();
    }

    public long count(String where, List<?> params) {
        return jdbc.sql("select count(*) from tickets t " + where).params(new ArrayList<Object>(params))
                .query(Long.class).single();
    }

    private static Ticket ticket(ResultSet rs) throws SQLException {
        String nameZh = rs.getString("name_zh");
        return new Ticket(rs.getLong("id"), rs.getString("complaint_id"), rs.getString("msisdn"),
                Channel.valueOf(rs.getString("channel")), rs.getString("category"),
                nameZh == null ? rs.getString("category") : nameZh + " / " + rs.getString("name_en"),
                rs.getString("department"), Severity.valueOf(rs.getString("severity")),
                TicketStatus.valueOf(rs.getString("status")), rs.getString("description"), rs.getInt("stars"),
                instant(rs, "opened_at"), instant(rs, "status_changed_at"), instant(rs, "last_update"),
                instant(rs, "closed_at"), rs.getLong("sla_minutes"), instant(rs, "sla_due_at"),
                instant(rs, "sla_warned_at"), instant(rs, "sla_breached_at"), rs.getInt("escalation_level"),
                (Long) rs.getObject("repeat_of"), map(rs.getString("remedy_json")), map(rs.getString("agreement_json")),
                rs.getString("created_by"), List.of(), List.of(), List.of(),
                new NewTicket.TmfFields(rs.getString("tmf_name"), rs.getString("tmf_ticket_type"),
                        rs.getString("tmf_severity"), rs.getString("tmf_priority"), instant(rs, "tmf_requested_resolution")),
                rs.getString("handling_department") != null ? rs.getString("handling_department") : rs.getString("department"),
                rs.getString("assignee"));
    }

    private static Map<String, Object> map(String json) {
        return json == null ? null : JSON.readValue(json, new TypeReference<Map<String, Object>>() {
        });
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
