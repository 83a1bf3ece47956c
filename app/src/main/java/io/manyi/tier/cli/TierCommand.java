package io.manyi.tier.cli;

import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import io.manyi.tier.TierAssessment;
import io.manyi.tier.TierRunRefused;
import io.manyi.tier.TierRunResult;
import java.io.PrintStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./manyi tier assess --month YYYY-MM | --all-months}. */
@Command(name = "tier", mixinStandardHelpOptions = true, description = "Star levels (docs/tiers.md).",
        subcommands = TierCommand.Assess.class)
public final class TierCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "assess", mixinStandardHelpOptions = true,
            description = {"Assess the star level, VIP card and value segment of every subscriber for a month.",
                    "A month already assessed is left as it is; months are assessed in order."})
    static final class Assess implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @ArgGroup(multiplicity = "1")
        Which which;

        static final class Which {
            @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month to assess.")
            String month;

            @Option(names = "--all-months", description = {"Every month of the data not yet assessed, oldest first.",
                    "Only the latest month notifies level changes; the history is assessed quietly."})
            boolean all;
        }

        @Option(names = "--quiet", description = "With --month: record the level changes without SMS or events.")
        boolean quiet;

        @Override
        public Integer call() {
            PrintStream out = System.out;
            PrintStream err = System.err;
            YearMonth month = null;
            if (which.month != null) {
                try {
                    month = YearMonth.parse(which.month);
                } catch (DateTimeParseException e) {
                    err.println("Not a month: '" + which.month + "' (write it as YYYY-MM, e.g. 2026-10).");
                    return 1;
                }
            }
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                TierAssessment assessment = context.getBean(TierAssessment.class);
                long started = System.nanoTime();
                LongConsumer progress = n -> err.printf("  %,d subscribers assessed (%.1f s)%n", n,
                        (System.nanoTime() - started) / 1e9);
                if (month != null) {
                    report(assessment.run(month, progress, !quiet), out);
                } else {
                    List<TierRunResult> results = assessment.runAll(progress, r -> report(r, out));
                    if (results.isEmpty()) {
                        err.println("No usage data: import a province first (./manyi import all DIR).");
                        return 1;
                    }
                }
                return 0;
            } catch (TierRunRefused e) {
                err.println(e.getMessage());
                return 1;
            }
        }

        private static void report(TierRunResult r, PrintStream out) {
            if (r.alreadyDone()) {
                out.printf("%s: already assessed; nothing changed%n", r.month());
            } else {
                out.printf("%s: %,d subscribers assessed in %.1f s; %,d level changes (%,d up, %,d down)%s%n", r.month(),
                        r.subscribers(), r.seconds(), r.changes(), r.upgrades(), r.downgrades(),
                        r.notified() ? ", notified" : ", not notified (history)");
            }
        }
    }
}
