package io.manyi.cycle.cli;

import io.manyi.cycle.CycleOptions;
import io.manyi.cycle.CycleProgress;
import io.manyi.cycle.CycleRefused;
import io.manyi.cycle.CycleReport;
import io.manyi.cycle.MonthlyCycle;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./manyi cycle --month YYYY-MM}: the monthly run, step by step, resumable (docs/cycle.md). */
@Command(name = "cycle", mixinStandardHelpOptions = true,
        description = {"Run the monthly cycle of a month: star levels, points (accrual, expiry, notices), churn scores",
                "and warnings, key moments and their dispatch. Idempotent: steps done before are skipped,",
                "a step a killed run left is run again. Exit 0 when done, 2 for a bad month, 3 when refused",
                "(no data for the month, another cycle running)."})
public final class CycleCommand implements Callable<Integer> {

    static final int BAD_MONTH = 2;
    static final int REFUSED = 3;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month to run (a complete month with imported usage).")
    String month;

    @Option(names = "--history", description = {"Run the month as history: star levels and points without telling anyone,",
            "no churn scoring, no moments or tasks (a catch-up over months long gone)."})
    boolean history;

    @Override
    public Integer call() {
        YearMonth which;
        try {
            which = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            System.err.println("manyi cycle: not a month: '" + month + "' (write it as YYYY-MM, e.g. 2026-10)");
            return BAD_MONTH;
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
            System.out.println("Monthly cycle of " + which + " ...");
            CycleReport report = context.getBean(MonthlyCycle.class).run(which,
                    CycleProgress.printing(System.out), history ? CycleOptions.HISTORY : CycleOptions.FULL);
            System.out.printf("Cycle of %s done for %s: %d steps run now, %d done before, in %.1f s%n", report.month(),
                    report.day(), report.ran(), report.steps().stream()
                            .filter(s -> s.outcome() == io.manyi.cycle.StepReport.Outcome.ALREADY_DONE).count(),
                    report.seconds());
            return 0;
        } catch (CycleRefused e) {
            System.err.println("manyi cycle: " + e.getMessage());
            return REFUSED;
        }
    }
}
