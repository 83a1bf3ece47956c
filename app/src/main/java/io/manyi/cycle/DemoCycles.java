package io.manyi.cycle;

import io.manyi.churn.ChurnDemo;
import io.manyi.churn.ChurnRun;
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo's monthly runs through the cycle: every month of the province's history quietly (star
 * levels and points; nobody is told about a month long gone), the churn trend's months scored,
 * then the latest month's full cycle (its star changes and points notices go out, its churn
 * warnings and key moments become tasks). Each part skips what a previous start finished.
 */
@Component
public class DemoCycles {

    private final MonthlyCycle cycle;
    private final ChurnRun churn;

    public DemoCycles(MonthlyCycle cycle, ChurnRun churn) {
        this.cycle = cycle;
        this.churn = churn;
    }

    /** The months before the latest, quietly; returns the latest month of the data. */
    public YearMonth history(PrintStream out) {
        List<YearMonth> months = churn.dataMonths();
        YearMonth latest = months.getLast();
        out.printf("Monthly cycles of the history, %s to %s (star levels and points, nobody told) ...%n",
                months.getFirst(), latest.minusMonths(1));
        for (YearMonth month : months.subList(0, months.size() - 1)) {
            print(out, cycle.run(month, CycleProgress.NONE, CycleOptions.HISTORY));
        }
        return latest;
    }

    /** Churn scores of the months before the latest that the risk trend shows (the model must be trained). */
    public void scoreTrend(YearMonth latest, PrintStream out) {
        for (int back = ChurnDemo.SCORED_MONTHS - 1; back >= 1; back--) {
            print(out, cycle.run(latest.minusMonths(back), CycleProgress.NONE, CycleOptions.HISTORY_SCORED));
        }
    }

    /** The latest month's whole cycle, a line per step. */
    public CycleReport latest(YearMonth latest, PrintStream out) {
        out.printf("Monthly cycle of %s ...%n", latest);
        return cycle.run(latest, CycleProgress.printing(out));
    }

    private static void print(PrintStream out, CycleReport r) {
        StringBuilder line = new StringBuilder(String.format("  %s", r.month()));
        for (StepReport s : r.steps()) {
            if (s.outcome() != StepReport.Outcome.SKIPPED) {
                line.append(String.format("  %s %,d%s", s.step().code(), s.rows(),
                        s.outcome() == StepReport.Outcome.ALREADY_DONE ? " (done before)" : ""));
            }
        }
        out.println(line.append(String.format("  %.1f s", r.seconds())));
    }
}
