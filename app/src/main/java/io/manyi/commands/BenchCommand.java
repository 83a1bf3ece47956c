package io.manyi.commands;

import io.manyi.churn.bench.ChurnBenchCommand;
import io.manyi.churn.bench.ChurnListBenchCommand;
import io.manyi.churn.bench.ChurnModelBenchCommand;
import io.manyi.hotline.bench.HotlineBenchCommand;
import io.manyi.province.bench.ImportBenchCommand;
import io.manyi.loyalty.bench.AccrualBenchCommand;
import io.manyi.loyalty.bench.PointsBenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Benchmarks that print figures; each is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures, e.g. `bench import`.",
        subcommands = {ImportBenchCommand.class, PointsBenchCommand.class, ChurnModelBenchCommand.class,
                HotlineBenchCommand.class, io.manyi.complaints.bench.TicketsBenchCommand.class,
                AccrualBenchCommand.class, ChurnListBenchCommand.class,
                ChurnBenchCommand.class, io.manyi.dashboard.bench.DashboardBenchCommand.class,
                io.manyi.cycle.cli.CycleBenchCommand.class,
                io.manyi.platform.shell.bench.PagesBenchCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
