package io.manyi.simulation;

import io.manyi.churn.ChurnRun;
import io.manyi.churn.ChurnRunRefused;
import io.manyi.churn.ChurnRunResult;
import io.manyi.loyalty.PointsAccrual;
import io.manyi.moments.Cycle;
import io.manyi.moments.MomentDetection;
import io.manyi.moments.MomentDispatch;
import io.manyi.moments.MomentEvents;
import io.manyi.tier.TierAssessment;
import io.manyi.tier.TierRunResult;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The product's monthly run for a newly imported month, as the simulation needs it: star levels,
 * points, churn scores and warnings of the month, then the key moments as of the first day of the
 * next month and their dispatch to the phone managers, whose tasks the simulated staff work next.
 * <p>
 * An adapter: until {@code io.manyi.cycle.MonthlyCycle} is merged it calls the same existing
 * services in the same order (each idempotent on its own); once merged it is one call to
 * {@code MonthlyCycle.run(month, progress)}.
 */
@Service
public class CycleStep {

    private final TierAssessment tier;
    private final PointsAccrual points;
    private final ChurnRun churn;
    private final MomentEvents events;
    private final MomentDetection detection;
    private final MomentDispatch dispatch;

    public CycleStep(TierAssessment tier, PointsAccrual points, ChurnRun churn, MomentEvents events,
                     MomentDetection detection, MomentDispatch dispatch) {
        this.tier = tier;
        this.points = points;
        this.churn = churn;
        this.events = events;
        this.detection = detection;
        this.dispatch = dispatch;
    }

    /** Runs the month's cycle; {@code progress} hears one line per step. Returns the first day worked next. */
    public LocalDate run(YearMonth month, Consumer<String> progress) {
        TierRunResult t = tier.run(month);
        progress.accept(String.format("tier     %,d subscribers, %,d level changes%s", t.subscribers(), t.changes(),
                t.alreadyDone() ? " (already done)" : ""));
        progress.accept(String.format("points   %,d ledger entries", points.run(month).entriesWritten()));
        try {
            ChurnRunResult c = churn.run(month);
            progress.accept(String.format("churn    %,d scored, %,d warnings", c.subscribers(), c.warningsFired()));
        } catch (ChurnRunRefused e) {
            progress.accept("churn    not scored: " + e.getMessage());
        }
        int drained = events.drain();
        LocalDate day = month.plusMonths(1).atDay(1);
        MomentDetection.Result found = detection.detect(day, EnumSet.of(Cycle.MONTHLY, Cycle.WEEKLY, Cycle.DAILY));
        MomentDispatch.Result d = dispatch.dispatch(day);
        progress.accept(String.format("moments  %,d events, %,d moments on %s; %,d tasks, %,d merged, %,d by SMS, %,d deferred",
                drained, found.total(), day, d.newTasks(), d.merged(), d.sms(), d.deferred()));
        return day;
    }
}
