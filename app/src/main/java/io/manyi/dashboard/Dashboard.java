package io.manyi.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the managers' dashboard from the monthly rollups ({@link DashboardRollups}): thirteen months
 * of at most a few dozen rows each, summed over the cities for the province. Nothing here scans
 * the subscribers' facts, so the page costs the same for a thousand subscribers or ten million.
 */
@Component
public class Dashboard {

    public static final int TREND_MONTHS = 12;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<CampaignUplifts> campaigns;

    public Dashboard(JdbcClient jdbc, Clock clock, ObjectProvider<CampaignUplifts> campaigns) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.campaigns = campaigns;
    }

    /**
     * The latest complete month (the one before today's in the operator's zone) when it is rolled up;
     * otherwise the latest rolled-up month before it; otherwise the latest complete month anyway.
     */
    public YearMonth defaultMonth() {
        YearMonth lastComplete = YearMonth.now(clock).minusMonths(1);
        return jdbc.sql("select max(month) from dashboard_rollup_runs where month <= ?").param(Date.valueOf(lastComplete.atDay(1)))
                .query(Date.class).list().stream().filter(java.util.Objects::nonNull).findFirst()
                .map(d -> YearMonth.from(d.toLocalDate())).orElse(lastComplete);
    }

    /** The months that have a rollup, newest first: the only ones the month picker offers. */
    public List<YearMonth> rolledUpMonths() {
        return jdbc.sql("select month from dashboard_rollup_runs order by month desc").query(Date.class).list().stream()
                .map(d -> YearMonth.from(d.toLocalDate())).toList();
    }

    /** Whether {@code month} is over in the operator's zone (the clock's): before it is, its figures are the month so far. */
    public boolean complete(YearMonth month) {
        return month.isBefore(YearMonth.now(clock));
    }

    public List<String> cities() {
        return jdbc.sql("select distinct city from dashboard_monthly where city <> 'UNKNOWN' order by city").query(String.class).list();
    }

    /** The dashboard of {@code month} for {@code city} (null or blank: the province). */
    public DashboardView view(YearMonth month, String city) {
        String where = city == null || city.isBlank() ? null : city.strip();
        YearMonth first = month.minusMonths(TREND_MONTHS);
        Map<YearMonth, MonthFigures.Totals> totals = totals(first, month, where);
        Map<YearMonth, Map<String, MonthFigures.DimensionTotal>> dimensions = dimensions(first, month, where);
        List<MonthFigures> trend = new ArrayList<>();
        for (YearMonth m = month.minusMonths(TREND_MONTHS - 1); !m.isAfter(month); m = m.plusMonths(1)) {
            trend.add(complete(m) ? figures(m, totals, dimensions) : figures(m, totals, dimensions).partial());
        }
        MonthFigures current = trend.getLast();
        YearMonth before = month.minusMonths(1);
        MonthFigures previous = complete(before) ? figures(before, totals, dimensions) : figures(before, totals, dimensions).partial();
        Optional<Timestamp> refreshed = jdbc.sql("select refreshed_at from dashboard_rollup_runs where month = ?")
                .param(Date.valueOf(month.atDay(1))).query(Timestamp.class).optional();
        List<CampaignUplift> uplift = campaigns.getIfUnique(() -> (m, c) -> List.of()).forMonth(month, where);
        return new DashboardView(month, where, cities(), complete(month), refreshed.isPresent(), refreshed.map(Timestamp::toInstant).orElse(null),
                current, previous, DashboardView.change(current, previous), trend, uplift == null ? List.of() : List.copyOf(uplift));
    }

    private static MonthFigures figures(YearMonth m, Map<YearMonth, MonthFigures.Totals> totals,
                                        Map<YearMonth, Map<String, MonthFigures.DimensionTotal>> dimensions) {
        MonthFigures.Totals t = totals.get(m);
        return t == null ? MonthFigures.empty(m) : MonthFigures.of(t, dimensions.getOrDefault(m, Map.of()));
    }

    private Map<YearMonth, MonthFigures.Totals> totals(YearMonth from, YearMonth to, String city) {
        Map<YearMonth, MonthFigures.Totals> byMonth = new HashMap<>();
        jdbc.sql("""
                        select month, sum(subscribers), sum(midhigh_base), sum(midhigh_churned), sum(assessed),
                               sum(stars_0), sum(stars_1), sum(stars_2), sum(stars_3), sum(stars_4), sum(stars_5),
                               sum(vip_reviewed), sum(vip_silver), sum(vip_gold), sum(vip_diamond),
                               sum(points_outstanding), sum(points_value),
                               sum(tasks_due), sum(tasks_done), sum(tasks_accepted), sum(tasks_failed), sum(tasks_expired),
                               sum(tickets), sum(sla_counted), sum(sla_met), sum(surveys_sent), sum(surveys_answered), sum(score_sum),
                               sum(appeals)
                        from dashboard_monthly
                        where month between ? and ? and (cast(? as varchar) is null or city = ?)
                        group by month
                        """)
                .params(Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)), city, city)
                .query((rs, n) -> {
                    YearMonth month = YearMonth.from(rs.getDate(1).toLocalDate());
                    long[] stars = new long[6];
                    for (int i = 0; i < 6; i++) {
                        stars[i] = rs.getLong(6 + i);
                    }
                    BigDecimal value = rs.getBigDecimal(17);
                    return new MonthFigures.Totals(month, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), stars,
                            rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getLong(16),
                            value == null ? BigDecimal.ZERO : value,
                            rs.getLong(18), rs.getLong(19), rs.getLong(20), rs.getLong(21), rs.getLong(22),
                            rs.getLong(23), rs.getLong(24), rs.getLong(25), rs.getLong(26), rs.getLong(27), rs.getLong(28),
                            rs.getBigDecimal(29) == null ? null : rs.getBigDecimal(29).longValue());
                })
                .list().forEach(t -> byMonth.put(t.month(), t));
        return byMonth;
    }

    private Map<YearMonth, Map<String, MonthFigures.DimensionTotal>> dimensions(YearMonth from, YearMonth to, String city) {
        Map<YearMonth, Map<String, MonthFigures.DimensionTotal>> byMonth = new HashMap<>();
        jdbc.sql("""
                        select month, dimension, sum(answers), sum(score_sum)
                        from dashboard_satisfaction
                        where month between ? and ? and (cast(? as varchar) is null or city = ?)
                        group by month, dimension
                        """)
                .params(Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)), city, city)
                .query((rs, n) -> {
                    byMonth.computeIfAbsent(YearMonth.from(rs.getDate(1).toLocalDate()), k -> new HashMap<>())
                            .put(rs.getString(2), new MonthFigures.DimensionTotal(rs.getLong(3), rs.getLong(4)));
                    return 0;
                }).list();
        return byMonth;
    }
}
