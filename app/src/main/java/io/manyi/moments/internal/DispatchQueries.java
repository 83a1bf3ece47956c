package io.manyi.moments.internal;

import io.manyi.moments.TaskStatusSql;
import io.manyi.moments.MomentStatuses;
import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** What dispatch reads: the waiting moments per subscriber, capacities and the load already on the books. */
@Repository
public class DispatchQueries {

    private final JdbcTemplate jdbc;

    public DispatchQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One subscriber's waiting moments. The account manager is the owner a moment names (a
     * group-level moment names the group's manager) while the subscriber is in that owner's book
     * (the subscriber feature's rule: assigned, or a current member of a group they look after),
     * else the subscriber's own account manager.
     * {@code bestType}: the type of the most valuable moment, which names the task.
     */
    public record Waiting(String msisdn, List<Long> momentIds, double expectedValue, boolean smsOnly,
                          boolean forAccountManager, LocalDate lastDay, String bestType, int slaHours,
                          String phoneManager, String accountManager, boolean doNotCall, Long openTaskId,
                          int recentContacts, boolean callback) {
    }

    /** Moments that went past their window undispatched. */
    public int lapse(LocalDate day) {
        return jdbc.update("update moments set status = 'LAPSED' where status = 'NEW' and window_ends < ?", Date.valueOf(day));
    }

    /** The waiting moments of {@code day}, grouped by subscriber; {@code only} null for everyone. */
    public List<Waiting> waiting(LocalDate day, int periodDays, List<String> only) {
        String filter = only == null ? "" : " and m.msisdn = any(?)";
        Object[] args = only == null
                ? new Object[] {Date.valueOf(day), Date.valueOf(day), Date.valueOf(day.minusDays(periodDays - 1L)),
                        Date.valueOf(day.minusDays(periodDays - 1L))}
                : new Object[] {Date.valueOf(day), Date.valueOf(day), jdbc.execute(
                        (java.sql.Connection c) -> c.createArrayOf("varchar", only.toArray())),
                        Date.valueOf(day.minusDays(periodDays - 1L)), Date.valueOf(day.minusDays(periodDays - 1L))};
        return jdbc.query("""
                with w as (
                  select m.msisdn, array_agg(m.id order by m.id) ids, sum(m.expected_value) ev,
                         bool_and(t.channel = 'SMS') sms_only, bool_or(t.channel = 'ACCOUNT_MANAGER') for_am,
                         bool_or(t.action_kind = 'CALLBACK') callback,
                         min(m.window_ends) last_day,
                         (array_agg(m.type order by m.expected_value desc, m.id))[1] best_type,
                         min(t.sla_hours) sla_hours,
                         (array_agg(m.owner order by m.expected_value desc, m.id) filter (where m.owner is not null))[1] owner
                  from moments m join moment_types t on t.code = m.type
                  where\s""" + MomentStatuses.WAITING + filter + """
                  group by m.msisdn)
                select w.*, pm.username pm,
                       -- The owner a group moment names, only while the subscriber is still in their book (a
                       -- member who left, a group handed to another manager): else they would get a task whose
                       -- subscriber they cannot open. Then the subscriber's own account manager.
                       coalesce(case when w.owner is not null and (
                                  exists (select 1 from assignments o where o.msisdn = w.msisdn and o.username = w.owner)
                                  or exists (select 1 from group_members gm join group_customers g on g.group_id = gm.group_id
                                             where gm.msisdn = w.msisdn and gm.left_on is null and g.account_manager = w.owner)
                                  or exists (select 1 from group_members gm join phone_managed_groups p on p.group_id = gm.group_id
                                             where gm.msisdn = w.msisdn and gm.left_on is null and p.username = w.owner))
                                then w.owner end, am.username) am,
                       exists (select 1 from do_not_call d where d.msisdn = w.msisdn) dnc,
                       (select o.id from tasks o where o.msisdn = w.msisdn and o.status in """ + TaskStatusSql.OPEN + """
                       ) open_task,
                       (select count(*) from tasks c where c.msisdn = w.msisdn and c.due_on >= ? and c.status <> 'EXPIRED')
                       + (select count(distinct s.detected_on) from moments s where s.msisdn = w.msisdn and s.status = 'SMS'
                          and s.detected_on >= ?) contacts
                from w
                left join assignments pm on pm.msisdn = w.msisdn and pm.role = 'PHONE_MANAGER'
                left join assignments am on am.msisdn = w.msisdn and am.role = 'ACCOUNT_MANAGER'
                """, (rs, n) -> {
            Array ids = rs.getArray("ids");
            List<Long> momentIds = java.util.Arrays.stream((Long[]) ids.getArray()).toList();
            long open = rs.getLong("open_task");
            Long openTask = rs.wasNull() ? null : open;
            return new Waiting(rs.getString("msisdn"), momentIds, rs.getDouble("ev"), rs.getBoolean("sms_only"),
                    rs.getBoolean("for_am"), rs.getDate("last_day").toLocalDate(), rs.getString("best_type"),
                    rs.getInt("sla_hours"), rs.getString("pm"), rs.getString("am"), rs.getBoolean("dnc"), openTask,
                    rs.getInt("contacts"), rs.getBoolean("callback"));
        }, args);
    }

    /** Each manager's own capacity where the staff table has one. */
    public Map<String, Integer> capacities() {
        Map<String, Integer> capacities = new HashMap<>();
        jdbc.query("select username, daily_capacity from staff where daily_capacity is not null",
                (RowCallbackHandler) rs -> capacities.put(rs.getString(1), rs.getInt(2)));
        return capacities;
    }

    public record DayCount(String assignee, LocalDate day, int tasks) {
    }

    /** Tasks already on each person's (and the pool's) days from {@code from} to {@code to}. */
    public List<DayCount> load(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select assignee, due_on, count(*) from tasks where due_on between ? and ? group by assignee, due_on
                """, (rs, n) -> new DayCount(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3)),
                Date.valueOf(from), Date.valueOf(to));
    }
}
