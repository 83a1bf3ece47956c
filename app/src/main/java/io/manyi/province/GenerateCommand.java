package io.manyi.province;

import io.manyi.intake.Kind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./manyi generate}: writes a synthetic province as CSV files, one per import kind, with
 * the churn truth apart under {@code truth/}. Pure and fast: no Spring, no database.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic province as CSV files (one <kind>.csv per import kind, churn truth in truth/).")
public final class GenerateCommand implements Callable<Integer> {

    /** The demo's province: the same every time unless asked otherwise. */
    public static final long DEFAULT_SEED = 10086;

    @Option(names = "--subscribers", defaultValue = "50000", paramLabel = "N",
            description = "Subscribers in the province (default: ${DEFAULT-VALUE}).")
    int subscribers;

    @Option(names = "--months", defaultValue = "13", paramLabel = "M",
            description = "Months of history ending with --last-month (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--seed", defaultValue = "" + DEFAULT_SEED, paramLabel = "S",
            description = "Random seed; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into.")
    Path out;

    @Option(names = "--last-month", paramLabel = "YYYY-MM",
            description = "Last month of the window (default: the last complete calendar month).")
    YearMonth lastMonth;

    @Spec
    CommandSpec command;

    private final Clock clock;
    private final PrintStream console;

    public GenerateCommand() {
        this(Clock.systemDefaultZone(), System.out);
    }

    GenerateCommand(Clock clock, PrintStream console) {
        this.clock = clock;
        this.console = console;
    }

    /** The last complete calendar month before today. */
    public static YearMonth lastCompleteMonth(Clock clock) {
        return YearMonth.now(clock).minusMonths(1);
    }

    @Override
    public Integer call() throws IOException {
        ProvinceSpec spec;
        try {
            spec = new ProvinceSpec(subscribers, lastMonth != null ? lastMonth : lastCompleteMonth(clock), months, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
        Path dir = out.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        console.printf("Generating %,d subscribers, %s to %s, seed %d, into %s%n", spec.subscribers(),
                spec.firstMonth(), spec.lastMonth(), spec.seed(), dir);
        long started = System.nanoTime();
        int[] lastTenth = {0};
        Map<Kind, Long> counts = ProvinceCsvWriter.write(spec, dir, (done, total) -> {
            int tenth = (int) (10L * done / total);
            if (tenth > lastTenth[0]) {
                lastTenth[0] = tenth;
                console.printf("  %3d%%  %,d subscribers%n", tenth * 10, done);
            }
        });
        for (Map.Entry<Kind, Long> entry : counts.entrySet()) {
            console.printf("  %-22s %,13d rows%n", entry.getKey().fileName(), entry.getValue());
        }
        console.printf("  %-22s (churn truth, never imported)%n", ProvinceCsvWriter.TRUTH_DIR + "/");
        console.printf("Done in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
