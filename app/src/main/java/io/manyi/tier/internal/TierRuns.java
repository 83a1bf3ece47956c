package io.manyi.tier.internal;

import io.manyi.tier.SegmentRules;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The run markers, the months of data, and the set-based steps that follow the COPY of a month. */
@Component
public class TierRuns {

    private final JdbcClient jdbc;

    public TierRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One run at a time per database: held until the transaction ends. */
    public void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('manyi.tier.assessment'))").query(Object.class).single();
    }

    public boolean done(YearMonth month) {
        return jdbc.sql("select exists (select 1 from tier_runs where month = ?)").param(Date.valueOf(month.atDay(1)))
                .query(Boolean.class).single();
    }

    public Optional<YearMonth> latest() {
        return jdbc.sql("select max(month) from tier_runs").query(Date.class).optional()
                .map(d -> YearMonth.from(d.toLocalDate()));
    }

    public Optional<YearMonth> latestBefore(YearMonth month) {
        return jdbc.sql("select max(month) from tier_runs where month < ?").param(Date.valueOf(month.atDay(1)))
                .query(Date.class).optional().map(d -> YearMonth.from(d.toLocalDate()));
    }

    /** The months that have usage, oldest first. */
    public List<YearMonth> dataMonths() {
        return jdbc.sql("select distinct month from usage_monthly order by month").query(Date.class).list().stream()
                .map(d -> YearMonth.from(d.toLocalDate())).toList();
    }

    public void finish(YearMonth month, long subscribers, long changes, double seconds, Instant at) {
        jdbc.sql("insert into tier_runs (month, subscribers, changes, seconds, finished_at) values (?, ?, ?, ?, ?)")
                .params(Date.valueOf(month.atDay(1)), subscribers, changes, BigDecimal.valueOf(seconds).setScale(2,
                        java.math.RoundingMode.HALF_UP), Timestamp.from(at))
                .update();
    }

    /** Copies the month's VIP reviews from the assessments into vip_cards; a review already on file stays. */
    public void recordVipReviews(YearMonth month) {
        jdbc.sql("""
                        insert into vip_cards (msisdn, cycle_year, card, points, months_counted, review, reviewed_month)
                        select msisdn, vip_cycle_year, vip_card, vip_points, vip_months, vip_review, month
                        from tier_assessments where month = ? and vip_review is not null
                        on conflict (msisdn, cycle_year) do nothing
                        """)
                .param(Date.valueOf(month.atDay(1))).update();
    }

    /** The month's value segments from the cut-offs, set-based over the month's assessments. */
    public void recordSegments(YearMonth month, SegmentRules.Cutoffs cutoffs) {
        jdbc.sql("""
                        insert into value_segments (month, msisdn, segment)
                        select month, msisdn,
                               case when average_spend * 100 >= ? then 'HIGH' when average_spend * 100 >= ? then 'MID'
                                    else 'LOW' end
                        from tier_assessments where month = ?
                        on conflict (month, msisdn) do nothing
                        """)
                .params(cutoffs.highFromFen(), cutoffs.midFromFen(), Date.valueOf(month.atDay(1))).update();
    }
}
