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
                          Timestamp callbackAt, boolean callbackDone, String outcome, String note, Long campaignId,
                          Timestamp updatedAt) {
    }

    public record ReasonRow(long taskId, String type, String detailZh, String detailEn, double expectedValue) {
    }

    private static final String SELECT = """
            select t.id, t.msisdn, s.name, t.type, t.priority, t.status, t.due_on, t.assignee, t.not_before, t.sla_due_at,
                   t.callback_at, t.callback_done, t.outcome, t.note, t.campaign_id, t.updated_at
            from tasks t left join subscribers s on s.msisdn = t.msisdn
            """;

    /**
     * A person's day: the tasks due that day, open ones from earlier days still waiting, open ones
     * with a call-back booked (whatever its day: a booked call-back stays in sight until it is made)
     * and those closed during the day ({@code dayStart} to {@code dayEnd}, the operator's day);
     * {@code assignee} null for everyone's. Open first, most valuable first.
     */
    public List<TaskRow> day(String assignee, LocalDate day, Instant dayStart, Instant dayEnd, int limit) {
        String who = assignee == null ? "" : " and t.assignee = ?";
        List<Object> params = new ArrayList<>();
        params.add(Date.valueOf(day));
        params.add(Date.valueOf(day));
        params.add(Timestamp.from(dayStart));
        params.add(Timestamp.from(dayEnd));
        if (assignee != null) {
            params.add(assignee);
        }
        params.add(limit);
        return jdbc.sql(SELECT + """
                        where (t.due_on = ? or (t.due_on < ? and t.status in %1$s)
                               or (t.status in %1$s and t.callback_at is not null and not t.callback_done)
                               or (t.status in %2$s and t.updated_at >= ? and t.updated_at < ?))""".formatted(TaskStatusSql.OPEN,
                        TaskStatusSql.CLOSED_BY_OUTCOME)
                        + who + """
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

    public record LoadRow(String username, String displayName, String role, String team, Integer capacity, long assigned,
                          long done, long failed, long open, long accepted, long openNow, long weekAssigned,
                          long weekDone, long weekFailed) {
    }

    /**
     * Every phone and account manager's tasks on {@code day} (with their capacity, null: the
     * default), their open tasks whatever the day, and the week's ({@code weekFrom} to {@code day})
     * tasks and how they ended.
     */
    public List<LoadRow> load(LocalDate day, LocalDate weekFrom) {
        return jdbc.sql("""
                        select s.username, s.display_name, s.role, s.team, s.daily_capacity as capacity,
                               count(t.id) filter (where t.due_on = :day) as assigned,
                               count(t.id) filter (where t.due_on = :day and t.status = 'DONE') as done,
                               count(t.id) filter (where t.due_on = :day and t.status = 'FAILED') as failed,
                               count(t.id) filter (where t.due_on = :day and t.status in %1$s) as open,
                               count(t.id) filter (where t.due_on = :day and t.outcome = 'REACHED_ACCEPTED') as accepted,
                               count(t.id) filter (where t.status in %1$s and t.due_on <= :day) as open_now,
                               count(t.id) filter (where t.due_on between :week and :day) as week_assigned,
                               count(t.id) filter (where t.due_on between :week and :day and t.status = 'DONE') as week_done,
                               count(t.id) filter (where t.due_on between :week and :day and t.status = 'FAILED') as week_failed
                        from staff s left join tasks t on t.assignee = s.username
                             and (t.due_on between :week and :day or t.status in %1$s)
                        where s.role in ('PHONE_MANAGER','ACCOUNT_MANAGER')
                        group by s.username, s.display_name, s.role, s.team, s.daily_capacity
                        order by s.username
                        """.formatted(TaskStatusSql.OPEN)).param("day", Date.valueOf(day)).param("week", Date.valueOf(weekFrom))
                .query(LoadRow.class).list();
    }

    /** The staff member's role (PHONE_MANAGER, ACCOUNT_MANAGER, ...), empty when there is no such staff member. */
    public Optional<String> staffRole(String username) {
        return jdbc.sql("select role from staff where username = ?").param(username).query(String.class).optional();
    }

    /** The manager's own daily capacity, empty when they have none (the default applies). */
    public Optional<Integer> capacity(String username) {
        return jdbc.sql("select daily_capacity from staff where username = ? and daily_capacity is not null")
                .param(username).query(Integer.class).optional();
    }

    /** Open tasks on {@code assignee}'s books due on or before {@code day}: what capacity is measured against. */
    public long openDue(String assignee, LocalDate day) {
        return jdbc.sql("select count(*) from tasks where assignee = ? and status in %s and due_on <= ?"
                        .formatted(TaskStatusSql.OPEN)).params(assignee, Date.valueOf(day)).query(Long.class).single();
    }

    /** {@code assignee}'s open tasks due on or before {@code day}, least valuable first (what a rebalance moves). */
    public List<Long> openLeastValuable(String assignee, LocalDate day, int limit) {
        return jdbc.sql("select id from tasks where assignee = ? and status in %s and due_on <= ? order by priority, id limit ?"
                        .formatted(TaskStatusSql.OPEN)).params(assignee, Date.valueOf(day), limit).query(Long.class).list();
    }

    /** The team pool's tasks due by {@code day}, most valuable first. */
    public List<TaskRow> pool(LocalDate day, int limit) {
        return jdbc.sql(SELECT + " where t.assignee is null and t.status = 'NEW' and t.due_on <= ? order by t.priority desc, t.id limit ?")
                .params(Date.valueOf(day), limit).query(TaskRow.class).list();
    }

    /**
     * For each of these subscribers, the managers whose book has them (assigned, or a member of a
     * group they look after): the same rule as the subscriber feature's book, to offer only the
     * managers a task could go to (the assignment itself is checked through SubscriberDirectory).
     */
    public Map<String, List<String>> bookHolders(List<String> msisdns) {
        Map<String, List<String>> holders = new HashMap<>();
        if (msisdns.isEmpty()) {
            return holders;
        }
        template.query("""
                        select distinct x.msisdn, x.username from (
                          select a.msisdn, a.username from assignments a where a.msisdn = any(?)
                          union all
                          select m.msisdn, g.account_manager from group_members m join group_customers g on g.group_id = m.group_id
                          where m.msisdn = any(?) and m.left_on is null and g.account_manager is not null
                          union all
                          select m.msisdn, p.username from group_members m join phone_managed_groups p on p.group_id = m.group_id
                          where m.msisdn = any(?) and m.left_on is null) x
                        order by x.msisdn, x.username
                        """, (RowCallbackHandler) rs -> holders.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2)),
                array(msisdns), array(msisdns), array(msisdns));
        return holders;
    }

    private Object array(List<String> values) {
        return template.execute((java.sql.Connection c) -> c.createArrayOf("varchar", values.toArray()));
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
