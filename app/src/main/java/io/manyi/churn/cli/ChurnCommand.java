package io.manyi.churn.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./manyi churn}: the analyst's bring-your-own-data path (train, evaluate, score: files only,
 * no Spring, no database, so they start in a second) and the province pipeline (train-province,
 * run: on the imported data).
 */
@Command(name = "churn", mixinStandardHelpOptions = true,
        description = {"Train, evaluate and score a churn model on any tabular CSV of subscribers",
                "(one row per subscriber, a churned/not-churned column), or train on the imported",
                "province and score its months (train-province, run)."},
        subcommands = {ChurnTrainCommand.class, ChurnEvaluateCommand.class, ChurnScoreCommand.class,
                ChurnProvinceCommands.TrainProvince.class, ChurnProvinceCommands.Run.class})
public final class ChurnCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
