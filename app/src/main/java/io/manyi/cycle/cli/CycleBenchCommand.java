package io.manyi.cycle.cli;

import io.manyi.churn.ProvinceModel;
import io.manyi.churn.ProvinceTraining;
import io.manyi.cycle.CycleOptions;
import io.manyi.cycle.CycleProgress;
import io.manyi.cycle.CycleReport;
import io.manyi.cycle.MonthlyCycle;
import io.manyi.intake.ImportOptions;
import io.manyi.intake.ImportResult;
import io.manyi.intake.ImportService;
import io.manyi.platform.cli.ApplicationContexts;
import io.manyi.province.GenerateCommand;
import io.manyi.province.ProvinceCsvWriter;
import io.manyi.province.ProvinceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./manyi bench cycle}: a generated province in a scratch directory, imported into an
 * embedded PostgreSQL there, prepared so that its last month is a normal month (the months before
 * it assessed and accrued quietly, a churn model trained on the history), then ONE monthly cycle
 * of the last month end to end, a line per step; then the immediate path ({@link ImmediateLatency}).
 * The scratch directory is deleted at the end unless {@code --keep}.
 */
@Command(name = "cycle", mixinStandardHelpOptions = true,
        description = {"Generate a province, import it, prepare its last month and time ONE monthly cycle of it",
                "(each step's time and rows), then the immediate moments' latency (event -> visible task)."})
public final class CycleBenchCommand implements Callable<Integer> {

    @Option(names = "--subscribers", defaultValue = "1000000", description = "Subscribers (default: ${DEFAULT-VALUE}).")
    int subscribers;

    @Option(names = "--months", defaultValue = "12", description = "Months of history (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--history-months", defaultValue = "1",
            description = "Months before the benchmark month run quietly first (tiers, points) (default: ${DEFAULT-VALUE}).")
    int historyMonths;

    @Option(names = "--seed", defaultValue = "10086", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--events", defaultValue = "200", description = "Immediate events to publish (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--event-rate", defaultValue = "20", description = "Events a second (default: ${DEFAULT-VALUE}).")
    int eventRate;

    @Option(names = "--poll-ms", defaultValue = "500",
            description = "The consumer's poll interval, as the server's manyi.moments.event-poll (default: ${DEFAULT-VALUE}).")
    int pollMillis;

    @Option(names = "--work-dir", description = "Scratch directory (default: a new one under the system's temp dir).")
    Path workDir;

    @Option(names = "--keep", description = "Keep the scratch directory (province and database) afterwards.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Path work = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("manyi-bench-cycle-");
        try {
            return run(work, out);
        } finally {
            if (!keep) {
                deleteTree(work);
                out.println("Deleted " + work);
            }
        }
    }

    private int run(Path work, PrintStream out) throws IOException, InterruptedException {
        try (ConfigurableApplicationContext context = ApplicationContexts.batch(work.resolve("data"))) {
            ProvinceSpec spec = new ProvinceSpec(subscribers,
                    GenerateCommand.lastCompleteMonth(context.getBean(Clock.class)), months, seed);
            YearMonth month = spec.lastMonth();
            Path province = work.resolve("province");
            out.printf("bench cycle: %,d subscribers × %d months (%s..%s), scratch %s, load %s%n", subscribers, months,
                    spec.firstMonth(), month, work, loadAverage());
            long t = System.nanoTime();
            ProvinceCsvWriter.write(spec, province);
            out.printf("  generate         %8.1f s%n", seconds(t));
            t = System.nanoTime();
            List<ImportResult> results = context.getBean(ImportService.class).importAll(province, ImportOptions.by("bench"),
                    r -> { });
            if (results.stream().anyMatch(r -> r.status() != ImportResult.Status.IMPORTED)) {
                out.println("The province did not import: " + results);
                return 1;
            }
            out.printf("  import           %8.1f s  (%,d rows)%n", seconds(t),
                    results.stream().mapToLong(ImportResult::rowsLoaded).sum());
            MonthlyCycle cycle = context.getBean(MonthlyCycle.class);
            for (int back = historyMonths; back >= 1; back--) {
                t = System.nanoTime();
                cycle.run(month.minusMonths(back), CycleProgress.NONE, CycleOptions.HISTORY);
                out.printf("  prepare %s quietly (tiers, points) %8.1f s%n", month.minusMonths(back), seconds(t));
            }
            t = System.nanoTime();
            ProvinceModel model = context.getBean(ProvinceTraining.class).train(province);
            out.printf("  prepare: churn model trained   %8.1f s  (test AUC %.3f)%n", seconds(t), model.test().auc());

            out.printf("%nONE monthly cycle of %s (load %s):%n", month, loadAverage());
            CycleReport report = cycle.run(month, CycleProgress.printing(out));
            out.printf("  whole cycle      %8.1f s  (moments and tasks for %s; load %s)%n", report.seconds(), report.day(),
                    loadAverage());

            out.printf("%nImmediate moments: %,d events at %d/s to a consumer polling every %d ms ...%n", events, eventRate,
                    pollMillis);
            new ImmediateLatency(context, pollMillis).measure(events, eventRate, out);
        }
        return 0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
