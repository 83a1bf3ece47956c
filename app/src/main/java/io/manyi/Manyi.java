package io.manyi;

import io.manyi.churn.cli.ChurnCommand;
import io.manyi.dashboard.cli.DashboardCommand;
import io.manyi.intake.cli.ImportCommand;
import io.manyi.loyalty.cli.PointsCommand;
import io.manyi.moments.cli.MomentsCommand;
import io.manyi.commands.BenchCommand;
import io.manyi.commands.DemoCommand;
import io.manyi.commands.ServeCommand;
import io.manyi.commands.StatusCommand;
import io.manyi.province.GenerateCommand;
import io.manyi.tier.cli.TierCommand;
import io.manyi.commands.UserCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the launcher {@code ./manyi}: one subcommand per job. */
@Command(name = "manyi",
        mixinStandardHelpOptions = true,
        version = "Manyi 0.1.0",
        description = "Customer care and retention for mobile operators.",
        subcommands = {
                DemoCommand.class,
                ServeCommand.class,
                StatusCommand.class,
                GenerateCommand.class,
                ImportCommand.class,
                BenchCommand.class,
                UserCommand.class,
                TierCommand.class,
                PointsCommand.class,
                ChurnCommand.class,
                MomentsCommand.class,
                io.manyi.staff.cli.StaffCommand.class,
                io.manyi.groups.cli.GroupsCommand.class,
                DashboardCommand.class,
                io.manyi.cycle.cli.CycleCommand.class,
                io.manyi.simulation.cli.SimulateCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Manyi implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new Manyi())
                .setExecutionExceptionHandler(Manyi::reportFailure);
        int exitCode = commandLine.execute(args);
        if (!ServeCommand.isServing()) {
            System.exit(exitCode);
        }
    }

    /**
     * A command that fails says why in one line (the innermost cause: "Validate failed: ..."),
     * not with a page of stack trace; MANYI_DEBUG=1 shows the trace.
     */
    private static int reportFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        commandLine.getErr().println("manyi " + commandLine.getCommandName() + ": " + message.strip());
        if (System.getenv("MANYI_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        } else {
            commandLine.getErr().println("(MANYI_DEBUG=1 shows the stack trace)");
        }
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
