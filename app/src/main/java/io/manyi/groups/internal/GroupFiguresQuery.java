package io.manyi.groups.internal;

import io.manyi.groups.GroupFigures;
import java.sql.Array;
import java.sql.Date;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The figures of many groups over a range of months in one set-based query (never one per group
 * or member). A member counts in a month from joining until leaving the group or the network,
 * whichever comes first; "members" are those still there at the month's end; "left" those whose
 * leaving fell in the month.
 */
@Repository
public class GroupFiguresQuery {

    private final JdbcTemplate jdbc;

    public GroupFiguresQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures by group id, then month; months without members are absent. */
    public Map<String, Map<YearMonth, GroupFigures>> of(List<String> groupIds, YearMonth from, YearMonth to,
                                                        double highRisk) {
        Map<String, Map<YearMonth, GroupFigures>> figures = new HashMap<>();
        if (groupIds.isEmpty()) {
            return figures;
        }
        Array ids = jdbc.execute((java.sql.Connection c) -> c.createArrayOf("varchar", groupIds.toArray()));
        // Lateral lookups by primary key (subscriber, usage month, score month; "limit 1" keeps the planner from
        // turning them into hash joins over whole tables) stay index probes for the page's members whatever the
        // planner guesses; an integer series is estimated right.
        jdbc.query("""
                with mo as (
                  select (cast(? as date) + make_interval(months => i))::date m,
                         (cast(? as date) + make_interval(months => i + 1))::date n
                  from generate_series(0, ?) i
                ),
                mos as materialized (
                  select mo.m, mo.n, (select max(cs.month) from churn_risks cs where cs.month <= mo.m) sm from mo
                ),
                mem as (
                  select gm.group_id, gm.msisdn, mos.m, mos.n, mos.sm, x.gone,
                         (x.gone is null or x.gone >= mos.n) staying
                  from group_members gm
                  cross join lateral (select least(gm.left_on, s.cancelled_on) gone
                                      from subscribers s where s.msisdn = gm.msisdn limit 1) x
                  join mos on gm.joined_on < mos.n and (x.gone is null or x.gone >= mos.m)
                  where gm.group_id = any(?)
                )
                select mem.group_id, mem.m, max(mem.sm) sm,
                       count(*) filter (where staying) members,
                       count(*) filter (where not staying) left_count,
                       coalesce(sum(u.spend), 0) revenue,
                       count(cs.probability) filter (where staying) scored,
                       count(*) filter (where staying and cs.probability >= ?) high,
                       avg(cs.probability) filter (where staying) avg_probability,
                       coalesce(sum(
                         (select count(*) from ticket_records t where t.msisdn = mem.msisdn
                            and t.opened_at >= (mem.m::timestamp at time zone 'Asia/Shanghai')
                            and t.opened_at < (mem.n::timestamp at time zone 'Asia/Shanghai'))
                         + (select count(*) from complaints c where c.msisdn = mem.msisdn
                            and c.opened_at >= mem.m and c.opened_at < mem.n
                            and not exists (select 1 from ticket_records a where a.complaint_id = c.complaint_id))), 0) recent,
                       coalesce(sum(case when staying then
                         (select count(*) from ticket_records t where t.msisdn = mem.msisdn and t.is_open)
                         + (select count(*) from complaints c where c.msisdn = mem.msisdn and c.closed_at is null
                            and not exists (select 1 from ticket_records a where a.complaint_id = c.complaint_id))
                         else 0 end), 0) open
                from mem
                left join lateral (select spend from usage_monthly u
                                   where u.msisdn = mem.msisdn and u.month = mem.m limit 1) u on true
                left join lateral (select probability from churn_risks cs
                                   where cs.month = mem.sm and cs.msisdn = mem.msisdn limit 1) cs on true
                group by mem.group_id, mem.m
                """, (RowCallbackHandler) rs -> {
            YearMonth month = YearMonth.from(rs.getDate("m").toLocalDate());
            Date scoredMonth = rs.getDate("sm");
            double average = rs.getDouble("avg_probability");
            Double averageProbability = rs.wasNull() ? null : average;
            figures.computeIfAbsent(rs.getString("group_id"), k -> new HashMap<>()).put(month, new GroupFigures(month,
                    rs.getInt("members"), rs.getBigDecimal("revenue"),
                    scoredMonth == null ? null : YearMonth.from(scoredMonth.toLocalDate()), rs.getInt("scored"),
                    rs.getInt("high"), averageProbability, rs.getInt("left_count"), rs.getInt("recent"),
                    rs.getInt("open")));
        }, Date.valueOf(from.atDay(1)), Date.valueOf(from.atDay(1)), (int) from.until(to, ChronoUnit.MONTHS), ids,
                highRisk);
        return figures;
    }
}
