package io.manyi.moments.internal;

import io.manyi.moments.TaskStatusSql;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of tasks, their reasons, appointments and the team's load. */
@Repository
public class TaskQueries {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public TaskQueries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public record TaskRow(long id, String msisdn, String name, String type, double priority, String status,
                          LocalDate dueOn, String assignee, Timestamp notBefore, Timestamp slaDueAt,
                          Timestamp callbackAt, boolean callbackDone, String outcome, String note, Long campaignId) {
    }

    public record ReasonRow(long taskId, String type, String detailZh, String detailEn, double expectedValue) {
    }

    private static final String SELECT = """
            select t.id, t.msisdn, s.name, t.type, t.priority, t.status, t.due_on, t.assignee, t.not_before, t.sla_due_at,
                   t.callback_at, t.callback_done, t.outcome, t.note, t.campaign_id
            from tasks t left join subscribers s on s.msisdn = t.msisdn
            """;

    /**
     * A person's day: the tasks due that day, and open ones from earlier days still waiting;
     * {@code assignee} null for everyone's. Open first, most valuable first.
     */
    public List<TaskRow> day(String assignee, LocalDate day, int limit) {
        String who = assignee == null ? "" : " and t.assignee = ?";
        List<Object> params = new ArrayList<>();
        params.add(Date.valueOf(day));
        params.add(Date.valueOf(day));
        if (assignee != null) {
            params.add(assignee);
        }
        params.add(limit);
        return jdbc.sql(SELECT + """
                        where (t.due_on = ? or (t.due_on < ? and t.status in %s))""".formatted(TaskStatusSql.OPEN) + who + """
                         order by t.status in %s desc, t.priority desc, t.id limit ?
                        """.formatted(TaskStatusSql.OPEN)).params(params).query(TaskRow.class).list();
    }

    public Optional<TaskRow> find(long id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(TaskRow.class).optional();
    }

    /** The reasons of these tasks, most valuable first. */
    public Map<Long, List<ReasonRow>> reasons(List<Long> taskIds) {
        Map<Long, List<ReasonRow>> reasons = new HashMap<>();
        if (taskIds.isEmpty()) {
            return reasons;
        }
        template.query("""
                        select task_id, type, detail_zh, detail_en, expected_value from moments where task_id = any(?)
                        order by task_id, expected_value desc, id
                        """, (RowCallbackHandler) rs -> reasons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ReasonRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5))),
                (Object) template.execute((java.sql.Connection c) -> c.createArrayOf("bigint", taskIds.toArray())));
        return reasons;
    }

    /** The task's reasons whose type is a callback (action CALLBACK): what its outcome completes. */
    public List<io.manyi.moments.CallbackOutcomes.CallbackReason> callbackReasons(long taskId) {
        return jdbc.sql("""
                        select m.type, m.occurrence from moments m join moment_types t on t.code = m.type
                        where m.task_id = ? and t.action_kind = 'CALLBACK' order by m.id
                        """).param(taskId).query(io.manyi.moments.CallbackOutcomes.CallbackReason.class).list();
    }

    public record AppointmentRow(Timestamp callbackAt, boolean callbackDone) {
    }

    public List<AppointmentRow> appointments(String assignee) {
        return jdbc.sql("select callback_at, callback_done from tasks where callback_at is not null and assignee = ?")
                .param(assignee).query(AppointmentRow.class).list();
    }

    public record LoadRow(String username, String displayName, String team, Integer capacity, long assigned, long done,
                          long failed, long open, long accepted) {
    }

    /** Every phone and account manager's tasks on {@code day}, with their capacity (null: the default). */
    public List<LoadRow> load(LocalDate day) {
        return jdbc.sql("""
                        select s.username, s.display_name, s.team, s.daily_capacity as capacity,
                               count(t.id) as assigned,
                               count(t.id) filter (where t.status = 'DONE') as done,
                               count(t.id) filter (where t.status = 'FAILED') as failed,
                               count(t.id) filter (where t.status in %s) as open,
                               count(t.id) filter (where t.outcome = 'REACHED_ACCEPTED') as accepted
                        from staff s left join tasks t on t.assignee = s.username and t.due_on = ?
                        where s.role in ('PHONE_MANAGER','ACCOUNT_MANAGER')
                        group by s.username, s.display_name, s.team, s.daily_capacity
                        order by s.username
                        """.formatted(TaskStatusSql.OPEN)).param(Date.valueOf(day)).query(LoadRow.class).list();
    }

    public long poolSize(LocalDate day) {
        return jdbc.sql("select count(*) from tasks where assignee is null and status = 'NEW' and due_on <= ?")
                .param(Date.valueOf(day)).query(Long.class).single();
    }

    public boolean isStaff(String username) {
        return jdbc.sql("select count(*) from staff where username = ?").param(username).query(Long.class).single() > 0;
    }

    /** Moves open tasks past their SLA (and past any appointment) to EXPIRED; returns how many. */
    public int expire(Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Long> ids = jdbc.sql("""
                        update tasks set status = 'EXPIRED', updated_at = ?
                        where status in %s and sla_due_at < ?
                          and (callback_at is null or callback_at < ?)
                        returning id
                        """.formatted(TaskStatusSql.OPEN)).params(at, at, at).query(Long.class).list();
        for (Long id : ids) {
            jdbc.sql("insert into task_history (task_id, at, actor, action, detail) values (?, ?, 'system', 'expired', null)")
                    .params(id, at).update();
        }
        return ids.size();
    }
}
