package io.manyi.groups.internal;

import io.manyi.groups.GroupFacts;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * What the group moment rules read, for every group at once: four queries over all groups (the
 * groups with their managers, members' spend by group and month, who left last month, each group's
 * key contact), never one per group.
 */
@Repository
public class GroupMomentFacts {

    private final JdbcTemplate jdbc;

    public GroupMomentFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A group with what its moments need beside the rules' facts: the responsible manager (the task's
     * owner), the key contact (the call's subscriber) and the group's monthly value.
     */
    public record Group(GroupFacts facts, String owner, String keyContact, double monthlyValueYuan) {
    }

    /** Every group with at least one member still there, with the spend of {@code months} months up to {@code last}. */
    public List<Group> load(YearMonth last, int months) {
        YearMonth first = last.minusMonths(months - 1L);
        Map<String, Map<YearMonth, Long>> spend = new HashMap<>();
        jdbc.query("""
                select gm.group_id, u.month, sum(u.spend)
                from group_members gm
                join usage_monthly u on u.msisdn = gm.msisdn and u.month between ? and ?
                where gm.joined_on < (u.month + interval '1 month') and (gm.left_on is null or gm.left_on >= u.month)
                group by gm.group_id, u.month
                """, (RowCallbackHandler) rs -> spend.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .put(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getBigDecimal(3).movePointRight(2).longValue()),
                Date.valueOf(first.atDay(1)), Date.valueOf(last.atDay(1)));
        Map<String, List<GroupFacts.Departure>> departures = new HashMap<>();
        jdbc.query("""
                select gm.group_id, gm.msisdn, x.gone, s.cancelled_on is not null and s.cancelled_on = x.gone
                from group_members gm
                join subscribers s on s.msisdn = gm.msisdn
                cross join lateral (select least(gm.left_on, s.cancelled_on) gone) x
                where x.gone >= ? and x.gone < ? and gm.joined_on <= x.gone
                """, (RowCallbackHandler) rs -> departures.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new GroupFacts.Departure(rs.getString(2), rs.getDate(3).toLocalDate(), rs.getBoolean(4))),
                Date.valueOf(last.atDay(1)), Date.valueOf(last.plusMonths(1).atDay(1)));
        // The key contact: the member still there who spent most last month (ties: the lower number).
        Map<String, String> contacts = new HashMap<>();
        jdbc.query("""
                select distinct on (gm.group_id) gm.group_id, gm.msisdn
                from group_members gm
                join subscribers s on s.msisdn = gm.msisdn
                left join usage_monthly u on u.msisdn = gm.msisdn and u.month = ?
                where gm.left_on is null and s.cancelled_on is null
                order by gm.group_id, u.spend desc nulls last, gm.msisdn
                """, (RowCallbackHandler) rs -> contacts.put(rs.getString(1), rs.getString(2)),
                Date.valueOf(last.atDay(1)));
        List<Group> groups = new ArrayList<>();
        jdbc.query("""
                select g.group_id, g.name, g.contract_end, coalesce(g.account_manager, p.username)
                from group_customers g left join group_phone_managers p on p.group_id = g.group_id
                order by g.group_id
                """, (RowCallbackHandler) rs -> {
            String id = rs.getString(1);
            String contact = contacts.get(id);
            if (contact == null) {
                return; // nobody left to call
            }
            Map<YearMonth, Long> groupSpend = spend.getOrDefault(id, Map.of());
            long recent = 0;
            for (int i = 0; i < 3; i++) {
                recent += groupSpend.getOrDefault(last.minusMonths(i), 0L);
            }
            Date end = rs.getDate(3);
            groups.add(new Group(new GroupFacts(id, rs.getString(2), end == null ? null : end.toLocalDate(), groupSpend,
                    departures.get(id)), rs.getString(4), contact, recent / 300.0));
        });
        return groups;
    }
}
