package io.manyi.dashboard;

import io.manyi.dashboard.internal.RollupSql;
import io.manyi.loyalty.PointsLedger;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's monthly rollups by city (table {@code dashboard_monthly}, docs/dashboard.md):
 * {@link #refresh(YearMonth)} recomputes one month from the facts (star assessments, VIP cards, the
 * points ledger, tasks, tickets, surveys) in one transaction, so it can run again at any time and
 * after any step that changed the month's facts; the monthly cycle calls it after its own steps.
 */
@Component
public class DashboardRollups {

    /** What a refresh did. */
    public record Refreshed(YearMonth month, int cities, double seconds) {
    }

    private static final Logger log = LoggerFactory.getLogger(DashboardRollups.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PointsLedger ledger;
    private final Clock clock;

    public DashboardRollups(JdbcClient jdbc, TransactionTemplate transactions, PointsLedger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Recomputes the month's rollup rows (every city) from the facts as they are now. Idempotent. */
    public Refreshed refresh(YearMonth month) {
        long started = System.nanoTime();
        ZoneId zone = clock.getZone();
        Integer cities = transactions.execute(status -> {
            // Two refreshes of the same month one after the other, never interleaved.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('dashboard-rollup'), ?)").param(month.getYear() * 100 + month.getMonthValue())
                    .query().singleRow();
            Date m0 = Date.valueOf(month.atDay(1));
            jdbc.sql("delete from dashboard_monthly where month = ?").param(m0).update();
            jdbc.sql("delete from dashboard_satisfaction where month = ?").param(m0).update();
            int rows = jdbc.sql(RollupSql.MONTHLY)
                    .param("m0", m0)
                    .param("m1", Date.valueOf(month.plusMonths(1).atDay(1)))
                    .param("prev", Date.valueOf(month.minusMonths(1).atDay(1)))
                    .param("t0", Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()))
                    .param("t1", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                    .param("yuan", ledger.rules().yuanPerPoint())
                    .update();
            jdbc.sql(RollupSql.SATISFACTION)
                    .param("m0", m0)
                    .param("t0", Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()))
                    .param("t1", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                    .update();
            double seconds = (System.nanoTime() - started) / 1e9;
            jdbc.sql("""
                    insert into dashboard_rollup_runs (month, refreshed_at, seconds) values (?, ?, ?)
                    on conflict (month) do update set refreshed_at = excluded.refreshed_at, seconds = excluded.seconds
                    """).params(m0, Timestamp.from(clock.instant()), Math.round(seconds * 100) / 100.0).update();
            return rows;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("dashboard rollup {}: {} cities in {} s", month, cities, String.format("%.2f", seconds));
        return new Refreshed(month, cities == null ? 0 : cities, seconds);
    }

    /**
     * Refreshes every month that has star assessments or usage, oldest first (the demo; a first
     * installation). A month with no facts at all would only give rows of zeros.
     */
    public List<Refreshed> refreshAll() {
        List<Refreshed> done = new ArrayList<>();
        for (YearMonth month : monthsWithFacts()) {
            done.add(refresh(month));
        }
        return done;
    }

    /** The months the facts cover: assessed months, or else months with usage. */
    public List<YearMonth> monthsWithFacts() {
        List<Date> months = jdbc.sql("select month from assessed_months order by month").query(Date.class).list();
        if (months.isEmpty()) {
            months = jdbc.sql("select distinct month from usage_monthly order by month").query(Date.class).list();
        }
        return months.stream().map(d -> YearMonth.from(d.toLocalDate())).toList();
    }
}
