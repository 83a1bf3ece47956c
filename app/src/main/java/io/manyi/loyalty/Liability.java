package io.manyi.loyalty;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Points liability for finance: the outstanding points, what they are worth at
 * {@code yuanPerPoint}, and, by FIFO, how many expire on which day (null: never).
 */
@Component
public class Liability {

    public record Expiring(LocalDate expiresOn, long points, BigDecimal valueYuan) {
    }

    public record Report(LocalDate asOf, long accounts, long outstandingPoints, BigDecimal yuanPerPoint,
                         BigDecimal valueYuan, List<Expiring> expiring) {
    }

    private final JdbcClient jdbc;
    private final PointsLedger ledger;
    /** The last report and the ledger's state it was computed on. */
    private volatile Cached cached;

    private record Cached(long lastEntry, LocalDate day, long computedAt, Report report) {
    }

    /** Ids are handed out before commit, so an entry may land below the last id seen: a minute at most. */
    private static final long MAX_AGE_NANOS = 60_000_000_000L;

    public Liability(JdbcClient jdbc, PointsLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /**
     * The report is a scan of the whole ledger (a second on the 50,000-subscriber demo): it is
     * kept until the ledger gets a new entry or the day changes, which the last entry's id (the
     * primary key's end) tells at the cost of an index probe, and for a minute at most.
     */
    public Report report() {
        long lastEntry = jdbc.sql("select coalesce(max(id), 0) from points_entries").query(Long.class).single();
        LocalDate today = ledger.today();
        Cached last = cached;
        if (last != null && last.lastEntry() == lastEntry && last.day().equals(today)
                && System.nanoTime() - last.computedAt() < MAX_AGE_NANOS
                && last.report().yuanPerPoint().equals(ledger.rules().yuanPerPoint())) {
            return last.report();
        }
        Report report = compute();
        cached = new Cached(lastEntry, today, System.nanoTime(), report);
        return report;
    }

    private Report compute() {
        BigDecimal rate = ledger.rules().yuanPerPoint();
        // Per account: credits by expiry date, a running total in date order, and the debits
        // taken from the earliest dates on; what is left of each date is its remaining lot.
        List<Expiring> expiring = jdbc.sql("""
                        with credits as (
                            select msisdn, coalesce(expires_on, date '9999-12-31') as expires_on, sum(points) as points
                            from points_entries where points > 0 group by 1, 2),
                        debits as (
                            select msisdn, -sum(points) as points from points_entries where points < 0 group by 1),
                        running as (
                            select c.msisdn, c.expires_on, c.points,
                                   sum(c.points) over (partition by c.msisdn order by c.expires_on) as upto,
                                   coalesce(d.points, 0) as debits
                            from credits c left join debits d on d.msisdn = c.msisdn)
                        select nullif(expires_on, date '9999-12-31') as expires_on,
                               sum(greatest(0, least(points, upto - debits))) as points
                        from running group by expires_on having sum(greatest(0, least(points, upto - debits))) > 0
                        order by expires_on
                        """)
                .query((rs, n) -> {
                    Date day = rs.getDate(1);
                    long points = rs.getLong(2);
                    return new Expiring(day == null ? null : day.toLocalDate(), points, rate.multiply(BigDecimal.valueOf(points)));
                }).list();
        long outstanding = jdbc.sql("select coalesce(sum(points), 0) from points_entries").query(Long.class).single();
        long accounts = jdbc.sql("select count(*) from points_accounts").query(Long.class).single();
        return new Report(ledger.today(), accounts, outstanding, rate, rate.multiply(BigDecimal.valueOf(outstanding)), expiring);
    }
}
