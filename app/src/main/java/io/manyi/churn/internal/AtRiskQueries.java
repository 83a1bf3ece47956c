package io.manyi.churn.internal;

import io.manyi.churn.AtRiskFilter;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The at-risk list's SQL. The page is chosen first over churn_scores alone (one month's rows, the
 * filters as semi-joins that start from an index: assignments by staff, tier by month, the
 * subscribers' city/brand), sorted and limited; names, managers and star levels are then looked
 * up for those 50 rows only. The where clause is built from fixed fragments; values are bound.
 */
@Repository
public class AtRiskQueries {

    private static final String PHONE_MANAGER = "PHONE_MANAGER";

    /** Below this many subscribers a city/brand filter is scored on its own rather than by walking the index. */
    private static final long SMALL_SET = 20_000;

    private final JdbcClient jdbc;

    public AtRiskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How many subscribers a city/brand filter keeps (index subscribers_city_brand), or
     * Long.MAX_VALUE without one: a count over one index range costs milliseconds, and tells a
     * rare combination from a common one better than the planner's estimate does.
     */
    private long subscribersIn(String city, String brand) {
        if (city == null && brand == null) {
            return Long.MAX_VALUE;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("select count(*) from subscribers where true");
        if (city != null) {
            sql.append(" and city = :city");
            params.put("city", city);
        }
        if (brand != null) {
            sql.append(" and brand = :brand");
            params.put("brand", brand);
        }
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** The latest month with scores (the primary key's first column answers it). */
    public Optional<YearMonth> latestMonth() {
        return jdbc.sql("select max(month) from churn_scores").query(LocalDate.class).optional()
                .map(YearMonth::from);
    }

    public record Row(String msisdn, String name, String city, String brand, Integer stars, String manager,
                      double probability, int composite, BigDecimal valueYuan, String reasonEn, String reasonZh) {
    }

    /**
     * One page plus one row (to tell whether another page follows).
     *
     * @param onlyAssignedTo the reader's username when the reader sees only their book
     */
    public List<Row> page(YearMonth month, AtRiskFilter filter, String onlyAssignedTo) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("month", month.atDay(1));
        params.put("phoneManager", PHONE_MANAGER);
        StringBuilder where = new StringBuilder("cs.month = :month");
        if (filter.city() != null || filter.brand() != null) {
            where.append(" and cs.msisdn in (select s.msisdn from subscribers s where true");
            if (filter.city() != null) {
                where.append(" and s.city = :city");
                params.put("city", filter.city());
            }
            if (filter.brand() != null) {
                where.append(" and s.brand = :brand");
                params.put("brand", filter.brand());
            }
            where.append(')');
        }
        if (filter.manager() != null) {
            where.append(" and cs.msisdn in (select m.msisdn from assignments m where m.username = :manager"
                    + " and m.role = :phoneManager)");
            params.put("manager", filter.manager());
        }
        if (onlyAssignedTo != null) {
            where.append(" and cs.msisdn in (select o.msisdn from assignments o where o.username = :me)");
            params.put("me", onlyAssignedTo);
        }
        if (filter.stars() != null) {
            where.append(" and cs.msisdn in (select t.msisdn from star_levels_as_of(:month) t where t.stars = :stars)");
            params.put("stars", filter.stars());
        }
        String order = switch (filter.sort()) {
            case RISK_VALUE -> "%1$s.probability::float8 * %1$s.value_yuan::float8 desc, %1$s.msisdn";
            case PROBABILITY -> "%1$s.probability desc, %1$s.msisdn";
            case VALUE -> "%1$s.value_yuan desc, %1$s.msisdn";
        };
        params.put("limit", AtRiskFilter.PAGE_SIZE + 1);
        params.put("offset", filter.page() * AtRiskFilter.PAGE_SIZE);
        // A small set (a manager's book, a rare city/brand combination) is scored and sorted on its
        // own: "offset 0" keeps the planner from walking the risk x value index in the list's order,
        // hoping to meet 50 of the set early - which reads the whole index when the set is tiny
        // (measured: a book 10x slower, an empty city+brand 14 s; see docs/churn.md).
        boolean book = filter.manager() != null || onlyAssignedTo != null
                || subscribersIn(filter.city(), filter.brand()) < SMALL_SET;
        String rows = book
                ? "(select * from churn_scores cs where " + where + " offset 0) cs"
                : "churn_scores cs where " + where;
        String sql = """
                with page as (
                    select cs.msisdn, cs.probability, cs.composite, cs.value_yuan
                    from %s
                    order by %s
                    limit :limit offset :offset
                )
                select p.msisdn, s.name, s.city, s.brand, p.probability, p.composite, p.value_yuan,
                       x.reasons_en[1] as reason_en, x.reasons_zh[1] as reason_zh,
                       (select a.username from assignments a
                         where a.msisdn = p.msisdn and a.role = :phoneManager) as manager,
                       (select t.stars from star_levels_as_of(:month) t where t.msisdn = p.msisdn) as stars
                from page p
                join subscribers s on s.msisdn = p.msisdn
                join churn_scores x on x.month = :month and x.msisdn = p.msisdn
                order by %s
                """.formatted(rows, order.formatted("cs"), order.formatted("p"));
        return jdbc.sql(sql).params(params).query(AtRiskQueries::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Integer stars = rs.getObject("stars", Integer.class);
        return new Row(rs.getString("msisdn"), rs.getString("name"), rs.getString("city"), rs.getString("brand"),
                stars, rs.getString("manager"), rs.getDouble("probability"),
                rs.getInt("composite"), rs.getBigDecimal("value_yuan"), rs.getString("reason_en"),
                rs.getString("reason_zh"));
    }

    /** Cities with subscribers, by a loose scan of the (city, brand) index: one probe per city, not a full read. */
    public List<String> cities() {
        return jdbc.sql("""
                with recursive c(city) as (
                    select min(city) from subscribers
                    union all
                    select (select min(s.city) from subscribers s where s.city > c.city) from c where c.city is not null
                )
                select city from c where city is not null
                """).query(String.class).list();
    }

    public List<String> brands() {
        return jdbc.sql("select distinct brand from plans order by brand").query(String.class).list();
    }

    public List<String> phoneManagers() {
        return jdbc.sql("select username from staff where role = :role order by username")
                .param("role", PHONE_MANAGER).query(String.class).list();
    }
}
