package io.manyi.groups.internal;

import io.manyi.groups.GroupFilter;
import io.manyi.groups.GroupScope;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads group customers, their responsible managers and members; every read is one query. */
@Repository
public class GroupQueries {

    /** The responsible manager: the account manager the data names, else the phone customer manager. */
    private static final String SELECT = """
            select g.group_id, g.name, g.class, g.city, g.industry, g.contract_end,
                   coalesce(g.account_manager, p.username) manager, st.display_name manager_name,
                   case when g.account_manager is not null then 'ACCOUNT_MANAGER'
                        when p.username is not null then 'PHONE_MANAGER' end manager_role
            from group_customers g
            left join group_phone_managers p on p.group_id = g.group_id
            left join staff st on st.username = coalesce(g.account_manager, p.username)
            """;

    private final JdbcTemplate jdbc;

    public GroupQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(String groupId, String name, String groupClass, String city, String industry,
                      LocalDate contractEnd, String manager, String managerName, String managerRole) {
    }

    /** One page (plus one row, to tell whether a next page exists) of the groups in scope, by id. */
    /** The months whose star levels were assessed (tier's {@code assessed_months}): the months with data, newest first. */
    public List<java.time.YearMonth> monthsWithData() {
        return jdbc.queryForList("select month from assessed_months order by month desc", java.sql.Date.class).stream()
                .map(d -> java.time.YearMonth.from(d.toLocalDate())).toList();
    }

    public List<Row> page(GroupFilter filter, GroupScope scope) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        scope(scope, where, args);
        if (filter.groupClass() != null) {
            where.append(" and g.class = ?");
            args.add(filter.groupClass());
        }
        if (filter.city() != null) {
            where.append(" and g.city = ?");
            args.add(filter.city());
        }
        if (filter.manager() != null) {
            where.append(" and coalesce(g.account_manager, p.username) = ?");
            args.add(filter.manager());
        }
        args.add(GroupFilter.PAGE_SIZE + 1);
        args.add(filter.page() * GroupFilter.PAGE_SIZE);
        return jdbc.query(SELECT + where + " order by g.group_id limit ? offset ?", GroupQueries::row, args.toArray());
    }

    /** The group, if it exists and is in the reader's scope. */
    public Optional<Row> one(String groupId, GroupScope scope) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where g.group_id = ?");
        args.add(groupId);
        scope(scope, where, args);
        return jdbc.query(SELECT + where, GroupQueries::row, args.toArray()).stream().findFirst();
    }

    public boolean exists(String groupId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from group_customers where group_id = ?)", Boolean.class, groupId));
    }

    private static void scope(GroupScope scope, StringBuilder where, List<Object> args) {
        if (scope.all()) {
            return;
        }
        where.append(" and (g.account_manager = ? or (g.class = 'C' and g.account_manager is null and p.username = ?))");
        args.add(scope.accountManager() == null ? "" : scope.accountManager());
        args.add(scope.phoneManager() == null ? "" : scope.phoneManager());
    }

    public List<String> cities() {
        return jdbc.queryForList("select distinct city from group_customers order by city", String.class);
    }

    public List<String> managers() {
        return jdbc.queryForList("""
                select distinct coalesce(g.account_manager, p.username) m from group_customers g
                left join group_phone_managers p on p.group_id = g.group_id
                where coalesce(g.account_manager, p.username) is not null order by m
                """, String.class);
    }

    /** A member in a month: from joining until leaving the group or the network, whichever is first. */
    public record Member(String msisdn, String name, LocalDate joinedOn, LocalDate goneOn, boolean leftNetwork,
                         java.math.BigDecimal spendYuan, Double probability, String reasonZh, String reasonEn,
                         int openComplaints) {
    }

    /**
     * The members of {@code month} (those there at its end first, the riskiest first), at most
     * {@code limit}, with their spend that month, their latest churn score up to it and their open complaints.
     */
    public List<Member> members(String groupId, YearMonth month, int limit) {
        LocalDate m = month.atDay(1);
        LocalDate n = month.plusMonths(1).atDay(1);
        return jdbc.query("""
                select gm.msisdn, s.name, gm.joined_on, x.gone, s.cancelled_on is not null and s.cancelled_on = x.gone left_network,
                       u.spend, cs.probability, cs.reasons_zh[1] reason_zh, cs.reasons_en[1] reason_en,
                       (select count(*) from ticket_records t where t.msisdn = gm.msisdn and t.is_open)
                       + (select count(*) from complaints c where c.msisdn = gm.msisdn and c.closed_at is null
                            and not exists (select 1 from ticket_records a where a.complaint_id = c.complaint_id)) open
                from (select max(month) as scored from churn_risks where month <= ?) sm
                cross join group_members gm
                cross join lateral (select s.name, s.cancelled_on from subscribers s
                                    where s.msisdn = gm.msisdn limit 1) s
                cross join lateral (select least(gm.left_on, s.cancelled_on) gone) x
                left join lateral (select u.spend from usage_monthly u
                                   where u.msisdn = gm.msisdn and u.month = ? limit 1) u on true
                left join lateral (select cs.probability, cs.reasons_zh, cs.reasons_en from churn_risks cs
                                   where cs.msisdn = gm.msisdn and cs.month = sm.scored limit 1) cs on true
                where gm.group_id = ? and gm.joined_on < ? and (x.gone is null or x.gone >= ?)
                order by (x.gone is null or x.gone >= ?) desc, cs.probability desc nulls last, gm.msisdn
                limit ?
                """, (rs, i) -> new Member(rs.getString("msisdn"), rs.getString("name"),
                        rs.getDate("joined_on").toLocalDate(), date(rs, "gone"), rs.getBoolean("left_network"),
                        rs.getBigDecimal("spend"), probability(rs), rs.getString("reason_zh"), rs.getString("reason_en"),
                        rs.getInt("open")),
                Date.valueOf(m), Date.valueOf(m), groupId, Date.valueOf(n), Date.valueOf(m), Date.valueOf(n), limit);
    }

    /** Members at the month's end by churn probability band (10 bands of 10 points; index 10 = not scored). */
    public int[] riskBands(String groupId, YearMonth month) {
        LocalDate m = month.atDay(1);
        LocalDate n = month.plusMonths(1).atDay(1);
        int[] bands = new int[11];
        jdbc.query("""
                select case when cs.probability is null then 10 else least(9, floor(cs.probability * 10)::int) end band,
                       count(*)
                from (select max(month) as scored from churn_risks where month <= ?) sm
                cross join group_members gm
                cross join lateral (select s.cancelled_on from subscribers s where s.msisdn = gm.msisdn limit 1) s
                left join lateral (select cs.probability from churn_risks cs
                                   where cs.msisdn = gm.msisdn and cs.month = sm.scored limit 1) cs on true
                where gm.group_id = ? and gm.joined_on < ?
                  and (least(gm.left_on, s.cancelled_on) is null or least(gm.left_on, s.cancelled_on) >= ?)
                group by 1
                """, (org.springframework.jdbc.core.RowCallbackHandler) rs -> bands[rs.getInt(1)] = rs.getInt(2),
                Date.valueOf(m), groupId, Date.valueOf(n), Date.valueOf(n));
        return bands;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("group_id"), rs.getString("name"), rs.getString("class"), rs.getString("city"),
                rs.getString("industry"), date(rs, "contract_end"), rs.getString("manager"), rs.getString("manager_name"),
                rs.getString("manager_role"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Double probability(ResultSet rs) throws SQLException {
        double value = rs.getDouble("probability");
        return rs.wasNull() ? null : value;
    }
}
