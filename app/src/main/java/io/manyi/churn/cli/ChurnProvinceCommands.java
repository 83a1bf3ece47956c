package io.manyi.churn.cli;

import io.manyi.churn.ChurnRun;
import io.manyi.churn.ChurnRunRefused;
import io.manyi.churn.ChurnRunResult;
import io.manyi.churn.ProvinceModel;
import io.manyi.churn.ProvinceTraining;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.platform.cli.DataDirOption;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The province pipeline's commands: {@code churn train-province} and {@code churn run}. */
public final class ChurnProvinceCommands {

    private ChurnProvinceCommands() {
    }

    @Command(name = "train-province", mixinStandardHelpOptions = true,
            description = {"Train the churn model on the imported province with a time-based split",
                    "(train on earlier months, validate and test on later ones) and make it current."})
    public static final class TrainProvince implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--truth", paramLabel = "DIR",
                description = "The generator's output (or its truth/ directory): reports the oracle AUC beside the model's.")
        Path truth;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                ProvinceModel model = context.getBean(ProvinceTraining.class).train(truth);
                print(model, System.out);
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }

    static void print(ProvinceModel m, PrintStream out) {
        var s = m.split();
        out.printf("Model %s: %d-month horizon; trained on %s..%s (%,d rows%s), validated on %s, tested on %s%n",
                m.version(), s.horizon(), s.trainFrom(), s.trainTo(), m.trainingRows(),
                m.keptStayers() < 1 ? String.format(", stayers sampled at %.0f%%", 100 * m.keptStayers()) : "",
                s.validation(), s.test());
        out.printf("Test month %s (never trained on): %,d subscribers, %,d left within %d months (%.2f%%)%n",
                s.test(), m.test().rows(), m.test().positives(), s.horizon(), 100.0 * m.test().positives() / m.test().rows());
        out.printf("  AUC %.4f   oracle AUC %s   PR-AUC %.4f   top-decile lift %.2f%n", m.test().auc(),
                Double.isNaN(m.oracleAuc()) ? "n/a (no --truth)" : String.format("%.4f", m.oracleAuc()),
                m.test().prAuc(), m.test().topDecileLift());
        out.printf("  log loss %.4f   Brier %.4f   training %.1f s%n", m.test().logLoss(), m.test().brier(),
                m.trainingSeconds());
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Score every active subscriber of a month with the current model and fire the warning rules.",
                    "Running a month again replaces its scores; a warning already fired is not fired again."})
    public static final class Run implements Callable<Integer> {

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month to score (default: the latest with data).")
        String month;

        @Override
        public Integer call() {
            YearMonth which = null;
            if (month != null) {
                try {
                    which = YearMonth.parse(month);
                } catch (DateTimeParseException e) {
                    System.err.println("Not a month: '" + month + "' (write it as YYYY-MM, e.g. 2026-10).");
                    return 1;
                }
            }
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                ChurnRun run = context.getBean(ChurnRun.class);
                if (which == null) {
                    List<YearMonth> months = run.dataMonths();
                    if (months.isEmpty()) {
                        System.err.println("No usage data: import a province first (./manyi import all DIR).");
                        return 1;
                    }
                    which = months.getLast();
                }
                report(run.run(which), System.out);
                return 0;
            } catch (ChurnRunRefused e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }

    static void report(ChurnRunResult r, PrintStream out) {
        out.printf("%s: %,d subscribers scored with %s in %.1f s; %,d warnings (%,d new)%n", r.month(), r.subscribers(),
                r.modelVersion(), r.seconds(), r.warningsSeen(), r.warningsFired());
    }
}
