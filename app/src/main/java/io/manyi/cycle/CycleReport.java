package io.manyi.cycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a cycle of {@code month} did, step by step; {@code day} is the day its moments were
 * detected and dispatched for (fixed by the month's first run).
 */
public record CycleReport(YearMonth month, LocalDate day, List<StepReport> steps, double seconds) {

    public StepReport step(CycleStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }

    /** Steps this run actually ran (not done before, not skipped). */
    public long ran() {
        return steps.stream().filter(s -> s.outcome() == StepReport.Outcome.RAN).count();
    }
}
