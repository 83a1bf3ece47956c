package io.manyi.loyalty;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly accrual: one scan of usage_monthly stages the month's input (spend, data-service
 * spend, tenure, stars); then one set-based append per chunk of subscribers (by number range,
 * {@link PointsLedger#appendAll}: the entries and their accounts' balances in one statement)
 * writes the month's ACCRUAL, TENURE_BONUS, STAR_BONUS and DATA_BONUS entries. Each
 * chunk commits with a row in points_accrual_runs, and every entry's idempotency key is
 * {@code accrual:<month>:<type>:<msisdn>}: a run killed part-way and started again skips the
 * finished chunks, and whatever a half-finished chunk left cannot be written twice.
 */
@Component
public class PointsAccrual {

    /** Twelve nines: above every 11-digit number in any collation. */
    private static final String PAST_EVERY_NUMBER = "999999999999";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PointsLedger ledger;
    private final StarLevels starLevels;
    private final Clock clock;
    private final int chunks;
    private final int threads;

    public PointsAccrual(JdbcClient jdbc, PlatformTransactionManager transactions, PointsLedger ledger,
                         StarLevels starLevels, Clock clock,
                         @Value("${manyi.loyalty.accrual-chunks:16}") int chunks,
                         @Value("${manyi.loyalty.accrual-threads:2}") int threads) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.ledger = ledger;
        this.starLevels = starLevels;
        this.clock = clock;
        this.chunks = Math.max(1, chunks);
        this.threads = Math.max(1, threads);
    }

    /** Every month with usage, oldest first (for the demo and {@code points accrue --all-months}). */
    public List<YearMonth> monthsWithUsage() {
        return jdbc.sql("select distinct month from usage_monthly order by month").query(Date.class).list().stream()
                .map(d -> YearMonth.from(d.toLocalDate())).toList();
    }

    public List<AccrualResult> runAll() {
        List<AccrualResult> results = new ArrayList<>();
        for (YearMonth month : monthsWithUsage()) {
            results.add(run(month));
        }
        return results;
    }

    public AccrualResult run(YearMonth month) {
        long started = System.nanoTime();
        LoyaltyRules rules = ledger.rules();
        Date monthStart = Date.valueOf(month.atDay(1));
        Timestamp now = Timestamp.from(clock.instant());
        List<String> bounds = bounds();
        long done = jdbc.sql("select count(*) from points_accrual_runs where month = ?").param(monthStart)
                .query(Long.class).single();
        if (done == bounds.size() - 1) { // a month accrued already: no need to stage its input again
            return new AccrualResult(month, 0, 0, (int) done, Duration.ofNanos(System.nanoTime() - started));
        }
        stage(month);
        // Accounts for whoever earns this month, from the stage (one scan of usage_monthly, not two).
        ledger.openAccounts(PointsLedger.Rows.of("select msisdn from points_accrual_stage where month = ?", monthStart));
        String rows = entriesSql(rules, month);
        LocalDate expires = PointsCycle.of(month).expiryOfPointsEarned(rules);
        // Chunks cover disjoint subscribers (their entries and balances), so they run side by side:
        // PostgreSQL spends most of a chunk maintaining indexes, on one core per connection.
        List<Future<Long>> pending = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, bounds.size() - 1));
        try {
            for (int i = 0; i + 1 < bounds.size(); i++) {
                String from = bounds.get(i);
                String to = bounds.get(i + 1);
                pending.add(workers.submit(() -> chunk(rows, month, expires, now, from, to)));
            }
        } finally {
            workers.shutdown();
        }
        long written = 0;
        int run = 0;
        int skipped = 0;
        for (Future<Long> chunk : pending) {
            long entries = result(chunk);
            if (entries < 0) {
                skipped++;
            } else {
                run++;
                written += entries;
            }
        }
        jdbc.sql("delete from points_accrual_stage where month = ?").param(monthStart).update();
        return new AccrualResult(month, written, run, skipped, Duration.ofNanos(System.nanoTime() - started));
    }

    /** One chunk, [from, to), in its own transaction with its marker; -1 when the marker says it is done. */
    private long chunk(String entries, YearMonth month, LocalDate expires, Timestamp now, String from, String to) {
        Date monthStart = Date.valueOf(month.atDay(1));
        return transaction.execute(status -> {
            boolean done = jdbc.sql("""
                            select exists (select 1 from points_accrual_runs
                                           where month = ? and from_msisdn = ? and to_msisdn = ?)
                            """).params(monthStart, from, to).query(Boolean.class).single();
            if (done) {
                return -1L;
            }
            // The chunk's sorts (by number, for the index inserts and the balances) in memory, not on disk.
            jdbc.sql("set local work_mem = '64MB'").update();
            // The entries and, in the same statement, the balances of their accounts (the ledger's).
            long n = ledger.appendAll(PointsLedger.Rows.of(entries, Date.valueOf(month.atEndOfMonth()), Date.valueOf(expires),
                    monthStart, now, monthStart, from, to));
            jdbc.sql("insert into points_accrual_runs (month, from_msisdn, to_msisdn, entries, finished_at) values (?, ?, ?, ?, ?)")
                    .params(monthStart, from, to, n, now).update();
            return n;
        });
    }

    private static long result(Future<Long> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while accruing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One scan of the month's usage into the stage (rebuilt, so a re-run after a kill sees the same input). */
    private void stage(YearMonth month) {
        Date monthStart = Date.valueOf(month.atDay(1));
        jdbc.sql("delete from points_accrual_stage where month = ?").param(monthStart).update();
        jdbc.sql("""
                        insert into points_accrual_stage (month, msisdn, spend_yuan, data_yuan, tenure_years, stars)
                        select u.month, u.msisdn, greatest(0, floor(u.spend))::bigint, greatest(0, floor(u.vas_spend))::bigint,
                               cast(extract(year from age(cast(? as timestamp), s.activated_on)) as int),
                               least(5, greatest(0, coalesce(st.stars, 0)))
                        from usage_monthly u
                        join subscribers s on s.msisdn = u.msisdn
                        left join %s st on st.msisdn = u.msisdn
                        where u.month = ?
                        """.formatted(starLevels.relation(month)))
                .params(Date.valueOf(month.atEndOfMonth()), monthStart).update();
        jdbc.sql("analyze points_accrual_stage").update();
    }

    /** Chunk boundaries: the lowest number, every n-th number, and a bound above every number. */
    private List<String> bounds() {
        long subscribers = jdbc.sql("select count(*) from subscribers").query(Long.class).single();
        long step = Math.max(1, (subscribers + chunks - 1) / chunks);
        List<String> bounds = new ArrayList<>(jdbc.sql("""
                        select msisdn from (select msisdn, row_number() over (order by msisdn) - 1 as n from subscribers) s
                        where n % ? = 0 order by msisdn
                        """).param(step).query(String.class).list());
        if (bounds.isEmpty()) {
            bounds.add("");
        }
        bounds.set(0, "");
        bounds.add(PAST_EVERY_NUMBER);
        return bounds;
    }

    /**
     * The month's entries for subscribers in [from, to), as rows for {@link PointsLedger#appendAll}.
     * Same arithmetic as {@link Accrual#of}: whole yuan, percentages of the base rounded down,
     * nothing written for zero.
     */
    private String entriesSql(LoyaltyRules rules, YearMonth month) {
        String tenurePercent = rules.tenureBonus().isEmpty() ? "0" : "greatest(0, " + rules.tenureBonus().stream()
                .map(step -> "case when tenure_years >= " + step.minYears() + " then " + step.percent() + " else 0 end")
                .collect(Collectors.joining(", ")) + ")";
        String starPercents = rules.starBonusPercent().stream().map(String::valueOf).collect(Collectors.joining(","));
        return """
                select b.msisdn, t.type, t.points, ?, ?, ?, 'accrual', cast(null as varchar),
                       'accrual:%1$s:' || t.type || ':' || b.msisdn, 'accrual', ?
                from (
                    select msisdn, spend_yuan * %2$d as base, data_yuan * %3$d as data_points, tenure_years, stars
                    from points_accrual_stage
                    where month = ? and msisdn >= ? and msisdn < ?
                ) b
                cross join lateral (values
                    ('ACCRUAL', b.base),
                    ('TENURE_BONUS', b.base * (%4$s) / 100),
                    ('STAR_BONUS', b.base * (array[%5$s])[b.stars + 1] / 100),
                    ('DATA_BONUS', b.data_points)
                ) as t(type, points)
                where t.points > 0
                order by b.msisdn
                """.formatted(month, rules.pointsPerYuan(), rules.dataPointsPerYuan(),
                tenurePercent.replace("tenure_years", "b.tenure_years"), starPercents);
    }
}
