package io.manyi.dashboard.bench;

import io.manyi.dashboard.Dashboard;
import io.manyi.dashboard.DashboardRollups;
import io.manyi.dashboard.DashboardView;
import io.manyi.loyalty.PointsLedger;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./manyi bench dashboard}: fills an EMPTY database (a scratch data dir) with N subscribers in
 * 21 cities and M months of what the dashboard reads (star assessments, a points ledger, tasks,
 * tickets, surveys), all by generate_series; then times each month's rollup refresh and the
 * dashboard's read (what the page and the API call), median of several runs.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"Time the dashboard's monthly rollup and its page read on N subscribers × M months",
                "(fills an EMPTY database: use a scratch --data-dir)."})
public final class DashboardBenchCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--subscribers", defaultValue = "1000000", description = "Subscribers (default: ${DEFAULT-VALUE}).")
    int subscribers;

    @Option(names = "--months", defaultValue = "12", description = "Months of history, ending 2026-10 (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--repeat", defaultValue = "9", description = "Reads of the dashboard; the median is printed (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        YearMonth last = YearMonth.of(2026, 10);
        try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            if (jdbc.sql("select count(*) from subscribers").query(Long.class).single() > 0) {
                System.err.println("The database is not empty: use an empty --data-dir.");
                return 1;
            }
            long t0 = System.nanoTime();
            BenchFacts.fill(jdbc, context.getBean(PointsLedger.class), subscribers, months, last);
            out.printf("filled %,d subscribers × %d months (%,d star assessments, %,d ledger entries) in %.1f s%n", subscribers, months,
                    count(jdbc, "tier_assessments"), count(jdbc, "points_entries"), (System.nanoTime() - t0) / 1e9);
            DashboardRollups rollups = context.getBean(DashboardRollups.class);
            for (YearMonth m = last.minusMonths(months - 1); !m.isAfter(last); m = m.plusMonths(1)) {
                DashboardRollups.Refreshed r = rollups.refresh(m);
                out.printf(Locale.ROOT, "  rollup %s: %d cities in %.2f s%n", r.month(), r.cities(), r.seconds());
            }
            DashboardRollups.Refreshed again = rollups.refresh(last);
            out.printf(Locale.ROOT, "  rollup %s again: %.2f s%n", last, again.seconds());
            Dashboard dashboard = context.getBean(Dashboard.class);
            time(out, "dashboard read, province", () -> dashboard.view(last, null));
            time(out, "dashboard read, one city", () -> dashboard.view(last, "广州"));
        }
        return 0;
    }

    private void time(PrintStream out, String what, Supplier<DashboardView> read) {
        double[] ms = new double[repeat];
        long subscribersSeen = 0;
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            subscribersSeen = read.get().current().subscribers();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "  %-28s median %6.1f ms (min %.1f, max %.1f), %,d subscribers in the month%n", what, ms[repeat / 2],
                ms[0], ms[repeat - 1], subscribersSeen);
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
