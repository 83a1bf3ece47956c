package io.manyi.churn.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./manyi churn}: the analyst's bring-your-own-data path. Works on files only: no Spring,
 * no database, so it starts in a second.
 */
@Command(name = "churn", mixinStandardHelpOptions = true,
        description = {"Train, evaluate and score a churn model on any tabular CSV of subscribers",
                "(one row per subscriber, a churned/not-churned column)."},
        subcommands = {ChurnTrainCommand.class, ChurnEvaluateCommand.class, ChurnScoreCommand.class})
public final class ChurnCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
