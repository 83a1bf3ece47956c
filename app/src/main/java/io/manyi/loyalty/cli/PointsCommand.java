package io.manyi.loyalty.cli;

import io.manyi.loyalty.AccrualResult;
import io.manyi.loyalty.PointsAccrual;
import io.manyi.loyalty.PointsCycle;
import io.manyi.loyalty.PointsExpiry;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./manyi points accrue|expire|notify}: the monthly and yearly points steps. */
@Command(name = "points", mixinStandardHelpOptions = true,
        description = "Loyalty points: monthly accrual, cycle-end expiry and notices (docs/loyalty.md).",
        subcommands = {PointsCommand.Accrue.class, PointsCommand.Expire.class, PointsCommand.Notify.class})
public final class PointsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "accrue", mixinStandardHelpOptions = true,
            description = "Accrue the points of one month (or of every month with usage, oldest first). Idempotent.")
    static final class Accrue implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        static final class Which {
            @Option(names = "--month", description = "The month, YYYY-MM.")
            String month;

            @Option(names = "--all-months", description = "Every month with usage, in order.")
            boolean all;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                PointsAccrual accrual = context.getBean(PointsAccrual.class);
                List<AccrualResult> results = which.all ? accrual.runAll() : List.of(accrual.run(YearMonth.parse(which.month)));
                for (AccrualResult r : results) {
                    System.out.printf("%s: %,d entries written, %d chunks run, %d already done, %.1f s%n",
                            r.month(), r.entriesWritten(), r.chunksRun(), r.chunksSkipped(), r.took().toMillis() / 1000.0);
                }
            }
            return 0;
        }
    }

    @Command(name = "expire", mixinStandardHelpOptions = true,
            description = "Expire the points due at the end of a cycle (named by the year it ends: 2026 = 2025-12..2026-11). Idempotent.")
    static final class Expire implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--cycle", required = true, description = "The cycle's year, e.g. 2026.")
        int cycle;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                long n = context.getBean(PointsExpiry.class).expire(new PointsCycle(cycle));
                System.out.printf("cycle %d: %,d accounts had points expire%n", cycle, n);
            }
            return 0;
        }
    }

    @Command(name = "notify", mixinStandardHelpOptions = true,
            description = "Queue the notices for points that expire at the end of a cycle. Idempotent.")
    static final class Notify implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--cycle", required = true, description = "The cycle's year, e.g. 2026.")
        int cycle;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                int n = context.getBean(PointsExpiry.class).notifyExpiring(new PointsCycle(cycle));
                System.out.printf("cycle %d: %,d notices queued%n", cycle, n);
            }
            return 0;
        }
    }
}
