package io.manyi.cycle;

import io.manyi.cycle.internal.CycleRuns;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The monthly run (docs/cycle.md): tiering, points (accrual, expiry, notices), churn scoring and
 * warnings, the month's moments and their dispatch, each step by the feature's own service.
 * {@code cycle_steps} records which steps of a month finished; a run of the same month skips
 * those and runs again the one a killed run left behind, which is safe because every step is
 * idempotent on its own. One cycle at a time (an advisory lock).
 */
@Service
public class MonthlyCycle {

    private final MonthSteps steps;
    private final CycleRuns runs;
    private final Clock clock;

    MonthlyCycle(MonthSteps steps, CycleRuns runs, Clock clock) {
        this.steps = steps;
        this.runs = runs;
        this.clock = clock;
    }

    /** The whole cycle of {@code month}, as the monthly job runs it. */
    public CycleReport run(YearMonth month, CycleProgress progress) {
        return run(month, progress, CycleOptions.FULL);
    }

    /**
     * @throws CycleRefused when the month has no usage data, comes before a month already assessed,
     *                      or another cycle is running
     */
    public CycleReport run(YearMonth month, CycleProgress progress, CycleOptions options) {
        long started = System.nanoTime();
        if (!runs.hasUsage(month)) {
            throw new CycleRefused("no usage data for " + month + ": import the month first (./manyi import)");
        }
        try (CycleRuns.Held lock = runs.tryLock().orElseThrow(() ->
                new CycleRefused("another monthly cycle is running on this database; try again when it ends"))) {
            LocalDate day = runs.begin(month, dayOf(month, LocalDate.now(clock)), options.quiet(), clock.instant());
            List<StepReport> reports = new ArrayList<>();
            for (CycleStep step : CycleStep.values()) {
                StepReport report = step(step, month, day, options, progress);
                reports.add(report);
                progress.finished(month, report);
            }
            runs.finishRun(month, clock.instant());
            return new CycleReport(month, day, List.copyOf(reports), (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * The day a month's moments are detected and dispatched for: the 1st of the next month, when
     * the monthly rules first see the month complete, or today when the cycle runs later in that
     * month (a task dated a past day would only expire). Fixed by the month's first run.
     */
    static LocalDate dayOf(YearMonth month, LocalDate today) {
        YearMonth next = month.plusMonths(1);
        return YearMonth.from(today).equals(next) ? today : next.atDay(1);
    }

    private StepReport step(CycleStep step, YearMonth month, LocalDate day, CycleOptions options, CycleProgress progress) {
        if (!planned(step, options)) {
            return new StepReport(step, StepReport.Outcome.SKIPPED, 0, 0, "history month: " + (options.tell()
                    ? "not asked for" : "nobody is told about it"));
        }
        var done = runs.done(month, step);
        if (done.isPresent()) {
            return new StepReport(step, StepReport.Outcome.ALREADY_DONE, done.get().rows(), done.get().seconds(),
                    done.get().note());
        }
        progress.started(month, step);
        runs.started(month, step, clock.instant());
        long t0 = System.nanoTime();
        MonthSteps.Done result = steps.run(step, month, day, options);
        double seconds = (System.nanoTime() - t0) / 1e9;
        runs.finished(month, step, result.rows(), seconds, result.note(), clock.instant());
        return new StepReport(step, StepReport.Outcome.RAN, result.rows(), seconds, result.note());
    }

    private static boolean planned(CycleStep step, CycleOptions options) {
        return switch (step) {
            case TIERS, POINTS_ACCRUAL, POINTS_EXPIRY -> true;
            case POINTS_NOTICES -> options.tell();
            case CHURN_SCORES -> options.churn();
            case EVENT_MOMENTS, MOMENTS, DISPATCH -> options.moments();
        };
    }
}
