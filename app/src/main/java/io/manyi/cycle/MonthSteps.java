package io.manyi.cycle;

import io.manyi.churn.ChurnRun;
import io.manyi.churn.ChurnRunResult;
import io.manyi.loyalty.AccrualResult;
import io.manyi.loyalty.PointsAccrual;
import io.manyi.loyalty.PointsCycle;
import io.manyi.loyalty.PointsExpiry;
import io.manyi.loyalty.PointsLedger;
import io.manyi.moments.Cycle;
import io.manyi.moments.MomentDetection;
import io.manyi.moments.MomentDispatch;
import io.manyi.moments.MomentEvents;
import io.manyi.tier.TierAssessment;
import io.manyi.tier.TierRunResult;
import io.manyi.tier.TierRunRefused;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import org.springframework.stereotype.Component;

/**
 * The work of each step: a call of the feature's own service, which is what makes it safe to run
 * again (docs/cycle.md, "Idempotency"): nothing here writes a table of another feature itself.
 */
@Component
class MonthSteps {

    /** What a step did: its main count and a few words. */
    record Done(long rows, String note) {
    }

    private final TierAssessment tiers;
    private final PointsAccrual accrual;
    private final PointsExpiry expiry;
    private final PointsLedger ledger;
    private final ChurnRun churn;
    private final MomentEvents events;
    private final MomentDetection detection;
    private final MomentDispatch dispatch;

    MonthSteps(TierAssessment tiers, PointsAccrual accrual, PointsExpiry expiry, PointsLedger ledger, ChurnRun churn,
               MomentEvents events, MomentDetection detection, MomentDispatch dispatch) {
        this.tiers = tiers;
        this.accrual = accrual;
        this.expiry = expiry;
        this.ledger = ledger;
        this.churn = churn;
        this.events = events;
        this.detection = detection;
        this.dispatch = dispatch;
    }

    Done run(CycleStep step, YearMonth month, LocalDate day, CycleOptions options) {
        return switch (step) {
            case TIERS -> tiers(month, options.tell());
            case POINTS_ACCRUAL -> accrual(month);
            case POINTS_EXPIRY -> expiry(month);
            case POINTS_NOTICES -> notices(day);
            case CHURN_SCORES -> churn(month);
            case EVENT_MOMENTS -> new Done(events.drain(), "events consumed (another consumer may have taken some)");
            case MOMENTS -> moments(day);
            case DISPATCH -> dispatch(day);
        };
    }

    private Done tiers(YearMonth month, boolean notify) {
        TierRunResult r;
        try {
            r = tiers.run(month, n -> { }, notify);
        } catch (TierRunRefused e) {
            throw new CycleRefused(e.getMessage());
        }
        if (r.alreadyDone()) {
            return new Done(0, "assessed before");
        }
        return new Done(r.subscribers(), String.format("%,d level changes%s", r.changes(), r.notified() ? ", notified" : ", quiet"));
    }

    private Done accrual(YearMonth month) {
        AccrualResult r = accrual.run(month);
        return new Done(r.entriesWritten(), String.format("ledger entries; %d chunks run, %d done before",
                r.chunksRun(), r.chunksSkipped()));
    }

    /** Points of the previous cycle expire with the last day of a cycle, so in the cycle of its last month. */
    private Done expiry(YearMonth month) {
        PointsCycle cycle = PointsCycle.of(month);
        if (!YearMonth.from(cycle.lastDay()).equals(month)) {
            return new Done(0, "not the end of points cycle " + cycle);
        }
        return new Done(expiry.expire(cycle), "expiry entries at the end of points cycle " + cycle);
    }

    /** As the server's daily job: from {@code noticeDays} before a cycle ends. */
    private Done notices(LocalDate day) {
        PointsCycle cycle = PointsCycle.of(day);
        if (day.isBefore(cycle.lastDay().minusDays(ledger.rules().noticeDays()))) {
            return new Done(0, "before the notice period of points cycle " + cycle);
        }
        return new Done(expiry.notifyExpiring(cycle), "accounts told their points expire on " + cycle.lastDay());
    }

    private Done churn(YearMonth month) {
        if (!churn.hasModel()) {
            ChurnRunResult r = churn.warnWithoutModel(month);
            return new Done(0, String.format("no churn model yet (./manyi churn train-province): nobody scored; "
                    + "warning rules alone on %,d subscribers, %,d warnings fired", r.subscribers(), r.warningsFired()));
        }
        ChurnRunResult r = churn.run(month);
        return new Done(r.subscribers(), String.format("scored by %s, %,d warnings, %,d newly fired", r.modelVersion(),
                r.warningsSeen(), r.warningsFired()));
    }

    private Done moments(LocalDate day) {
        MomentDetection.Result r = detection.detect(day, EnumSet.of(Cycle.MONTHLY, Cycle.WEEKLY));
        return new Done(r.total(), String.format("monthly and weekly moments of %s, %,d new", day, r.inserted()));
    }

    private Done dispatch(LocalDate day) {
        MomentDispatch.Result d = dispatch.dispatch(day);
        return new Done(d.newTasks(), String.format("new tasks on %s; %,d merged, %,d by SMS, %,d deferred, %,d suppressed, "
                + "%,d lapsed", day, d.merged(), d.sms(), d.deferred(), d.suppressed(), d.lapsed()));
    }
}
