package io.manyi.dashboard.cli;

import io.manyi.dashboard.DashboardRollups;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./manyi dashboard refresh --month YYYY-MM | --all-months}: the dashboard's monthly rollups (docs/dashboard.md). */
@Command(name = "dashboard", mixinStandardHelpOptions = true, description = "The managers' dashboard (docs/dashboard.md).",
        subcommands = DashboardCommand.Refresh.class)
public final class DashboardCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true,
            description = {"Recompute the dashboard's rollup of a month (by city) from the facts as they are now.",
                    "Idempotent: run it again after any step that changed the month's facts."})
    static final class Refresh implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @ArgGroup(multiplicity = "1")
        Which which;

        static final class Which {
            @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month to roll up.")
            String month;

            @Option(names = "--all-months", description = "Every month with star assessments (or usage), oldest first.")
            boolean all;
        }

        @Override
        public Integer call() {
            YearMonth month = null;
            if (which.month != null) {
                try {
                    month = YearMonth.parse(which.month);
                } catch (DateTimeParseException e) {
                    System.err.println("Not a month: '" + which.month + "' (write it as YYYY-MM, e.g. 2026-10).");
                    return 1;
                }
            }
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                DashboardRollups rollups = context.getBean(DashboardRollups.class);
                List<DashboardRollups.Refreshed> done = month != null ? List.of(rollups.refresh(month)) : rollups.refreshAll();
                done.forEach(r -> System.out.printf("  %s  %d cities in %.2f s%n", r.month(), r.cities(), r.seconds()));
                if (done.isEmpty()) {
                    System.err.println("No months to roll up: import a province and assess star levels first.");
                    return 1;
                }
            }
            return 0;
        }
    }
}
