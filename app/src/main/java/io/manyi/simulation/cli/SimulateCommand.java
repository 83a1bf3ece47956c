package io.manyi.simulation.cli;

import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import io.manyi.simulation.CallOdds;
import io.manyi.simulation.Simulation;
import io.manyi.simulation.SimulationReport;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./manyi simulate --months K --data-dir D [--seed S]}: the closed loop of
 * docs/synthetic-province.md ("Running the province forward"). Run after {@code ./manyi demo} on
 * the same data directory.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run the synthetic province forward: simulated phone managers work each month's tasks,",
                "the province lives a month under the true effects of their outcomes, the monthly cycle runs;",
                "then each campaign's uplift beside the generator's true uplift (docs/synthetic-province.md)."})
public final class SimulateCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--months", defaultValue = "3", description = "Months to run forward (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--seed", defaultValue = "10086", description = "Random seed of the calls and the province (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--reach", description = "Share of first attempts that reach the subscriber (default: 0.62), to try a staffing assumption.")
    Double reach;

    @Option(names = "--province", paramLabel = "DIR", description = "The province directory (default: the one under <data-dir>/province).")
    Path province;

    @Override
    public Integer call() throws Exception {
        if (months < 1 || months > 24) {
            System.err.println("--months must be between 1 and 24");
            return 2;
        }
        CallOdds odds = reach == null ? CallOdds.standard() : CallOdds.standard().withReach(reach);
        Path data = dataDir.path();
        Path dir = province != null ? province.toAbsolutePath().normalize() : Simulation.province(data);
        // The simulation's time is the month it works: no expiry sweep or event poller in the
        // background closing its tasks on the real clock (the cycle drains events itself).
        System.setProperty("manyi.moments.jobs", "false");
        System.setProperty("manyi.complaints.jobs", "false");
        try (ConfigurableApplicationContext context = ApplicationContexts.batch(data)) {
            System.out.println("Simulating " + months + " month(s) of " + dir);
            YearMonth last = context.getBean(Simulation.class).run(dir, new Simulation.Options(months, seed, odds), System.out);
            SimulationReport report = context.getBean(SimulationReport.class);
            System.out.printf("%nCampaigns after %s: the product's uplift (retention treated - control, 95%% interval) and the truth%n", last);
            report.print(report.compare(dir), System.out);
            return 0;
        }
    }
}
