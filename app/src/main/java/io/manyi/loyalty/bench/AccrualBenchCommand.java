package io.manyi.loyalty.bench;

import io.manyi.intake.Kind;
import io.manyi.intake.SyntheticFacts;
import io.manyi.loyalty.AccrualResult;
import io.manyi.loyalty.PointsAccrual;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import java.sql.Date;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The monthly points accrual on N synthetic subscribers: fills an empty database (given by
 * {@code --data-dir}) with N subscribers and their usage for a few months (set-based, in SQL),
 * accrues the months in order and prints each month's time and rate, then runs the last month
 * again (which must write nothing) and checks every stored balance against its entries.
 */
@Command(name = "accrual", mixinStandardHelpOptions = true,
        description = "The monthly points accrual on N synthetic subscribers in an empty database (--data-dir).")
public final class AccrualBenchCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--subscribers", defaultValue = "1000000", description = "Subscribers (default: ${DEFAULT-VALUE}).")
    int subscribers;

    @Option(names = "--months", defaultValue = "2",
            description = "Months of usage, each accrued in turn: the later ones add to a ledger that is no longer empty (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--last-month", defaultValue = "2026-10", description = "The last month (default: ${DEFAULT-VALUE}).")
    String lastMonth;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            if (jdbc.sql("select exists (select 1 from subscribers)").query(Boolean.class).single()) {
                System.err.println("The database in " + dataDir.path() + " has subscribers: give an empty --data-dir.");
                return 1;
            }
            YearMonth last = YearMonth.parse(lastMonth);
            long started = System.nanoTime();
            seed(context.getBean(SyntheticFacts.class), last);
            jdbc.sql("analyze").update();
            System.out.printf("%,d subscribers × %d months of usage in %.1f s%n", subscribers, months,
                    (System.nanoTime() - started) / 1e9);
            PointsAccrual accrual = context.getBean(PointsAccrual.class);
            for (YearMonth month = last.minusMonths(months - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
                print(accrual.run(month), "");
            }
            print(accrual.run(last), " (again: nothing to write)");
            long mismatched = jdbc.sql("""
                    select count(*) from points_accounts a
                    left join (select msisdn, sum(points) as points from points_entries group by msisdn) e using (msisdn)
                    where a.balance <> coalesce(e.points, 0)
                    """).query(Long.class).single();
            System.out.printf("accounts whose stored balance differs from the sum of their entries: %d%n", mismatched);
            return mismatched == 0 ? 0 : 2;
        }
    }

    private static void print(AccrualResult r, String note) {
        double seconds = r.took().toMillis() / 1000.0;
        System.out.printf("accrual %s: %,d entries in %.1f s = %,.0f entries/s (%d chunks run, %d already done)%s%n",
                r.month(), r.entriesWritten(), seconds, r.entriesWritten() / Math.max(seconds, 0.001), r.chunksRun(),
                r.chunksSkipped(), note);
    }

    /**
     * Subscribers with tenures of 0-25 years, spend of 20-420 yuan and some data-service spend (intake
     * writes them; the rows' SELECTs are the bench's).
     */
    private void seed(SyntheticFacts facts, YearMonth last) {
        facts.insert(Kind.PLANS, "select 'BENCH58', 'bench 58', 'GOTONE', 58.00, 300, 2048, 100, 'VOICE'");
        facts.insert(Kind.SUBSCRIBERS, """
                select (15000000000 + n)::text, '用户' || n, lpad(n::text, 18, '0'), 'M', null, '广州', '天河', 'GOTONE', 'BENCH58',
                       date '2000-01-01' + (n % 9000), 'ACTIVE', 'NORMAL', null, null
                from generate_series(1, :n) n
                """, Map.of("n", subscribers));
        for (YearMonth month = last.minusMonths(months - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
            facts.insert(Kind.USAGE, """
                    select (15000000000 + n)::text, cast(:month as date), 20 + (n % 400) + 0.57, 100, 0, 0, 10, 1000, n % 30 + 0.5, 0, 0, 10, 0
                    from generate_series(1, :n) n
                    """, Map.of("month", Date.valueOf(month.atDay(1)), "n", subscribers));
        }
    }
}
