package io.manyi.simulation;

import io.manyi.cycle.CycleProgress;
import io.manyi.cycle.MonthlyCycle;
import io.manyi.simulation.internal.ForwardQueries;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The closed loop, one month at a time: the simulated staff work the month's tasks, the province
 * advances a month under the true effects of what they recorded, and the product's monthly cycle
 * runs on the new month (new moments, new tasks). Resumable: a month whose cycle did not finish is
 * finished first; every part is idempotent on its own.
 */
@Service
public class Simulation {

    static final String CYCLED = ".cycled";

    public record Options(int months, long seed, CallOdds odds) {
    }

    private final ForwardQueries queries;
    private final SimulatedStaff staff;
    private final ProvinceForward forward;
    private final MonthlyCycle cycle;

    public Simulation(ForwardQueries queries, SimulatedStaff staff, ProvinceForward forward, MonthlyCycle cycle) {
        this.queries = queries;
        this.staff = staff;
        this.forward = forward;
        this.cycle = cycle;
    }

    /** The synthetic province of a data directory: the one {@code ./manyi demo} wrote (the newest if several). */
    public static Path province(Path dataDir) throws IOException {
        Path root = dataDir.resolve("province");
        if (!Files.isDirectory(root)) {
            throw new SimulationRefused("No synthetic province under " + root + ": run ./manyi demo --data-dir " + dataDir + " first");
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("truth").resolve("hazard.csv")))
                    .max(Comparator.comparing(d -> d.toFile().lastModified()))
                    .orElseThrow(() -> new SimulationRefused("No synthetic province with its truth under " + root));
        }
    }

    /** Runs {@code options.months()} months forward; returns the last month simulated. */
    public YearMonth run(Path province, Options options, PrintStream out) throws IOException {
        YearMonth last = queries.lastUsageMonth()
                .orElseThrow(() -> new SimulationRefused("No usage in the database: import the province first"));
        if (Files.isDirectory(ProvinceForward.monthDir(province, last))
                && !Files.exists(ProvinceForward.monthDir(province, last).resolve(CYCLED))) {
            out.printf("%s was simulated but its cycle did not finish: finishing it%n", last);
            runCycle(province, last, out);
        }
        StaffCalls calls = new StaffCalls(options.odds(), options.seed());
        YearMonth month = last;
        for (int k = 1; k <= options.months(); k++) {
            month = last.plusMonths(k);
            long started = System.nanoTime();
            out.printf("== %s (%d of %d)%n", month, k, options.months());
            SimulatedStaff.Result worked = staff.workMonth(month, calls, n -> { });
            out.printf("  staff    %,d tasks worked: %,d accepted, %,d reached, %,d refused, %,d not reached, %,d wrong numbers%n",
                    worked.tasks(), worked.count(io.manyi.moments.Outcome.REACHED_ACCEPTED),
                    worked.count(io.manyi.moments.Outcome.REACHED), worked.count(io.manyi.moments.Outcome.REACHED_REFUSED),
                    worked.count(io.manyi.moments.Outcome.NOT_REACHED), worked.count(io.manyi.moments.Outcome.WRONG_NUMBER));
            ProvinceForward.Result r = forward.advance(province, month, options.seed());
            out.printf("  province %,d subscribers, %,d left, %,d under an effect, mean hazard %.3f%% -> %.3f%% with effects%n",
                    r.subscribers(), r.leavers(), r.withEffect(), 100 * r.meanHazardWithout(), 100 * r.meanHazardWith());
            runCycle(province, month, out);
            out.printf("  month done in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        return month;
    }

    private void runCycle(Path province, YearMonth month, PrintStream out) throws IOException {
        cycle.run(month, CycleProgress.printing(out));
        Path marker = ProvinceForward.monthDir(province, month).resolve(CYCLED);
        if (!Files.exists(marker)) {
            Files.createFile(marker);
        }
    }
}
