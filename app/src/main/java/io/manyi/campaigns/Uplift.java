package io.manyi.campaigns;

import io.manyi.campaigns.internal.OutcomeQueries.ArmRow;

/**
 * Treated against control: retention uplift (treated - control) with Newcombe's 95 % interval and
 * the spend uplift (difference of the mean spend changes) with a normal 95 % interval. Null
 * figures: an arm too small to say anything.
 */
public record Uplift(ArmOutcome treated, ArmOutcome control, Double uplift, Double ciLow, Double ciHigh,
                     Spend spend) {

    /** Spend uplift in yuan a month. */
    public record Spend(Double uplift, Double ciLow, Double ciHigh) {
    }

    static Uplift of(ArmRow treated, ArmRow control) {
        ArmOutcome t = outcome(treated), c = outcome(control);
        Interval.Difference retention = treated == null || control == null ? null
                : Interval.newcombe(treated.retained(), treated.members(), control.retained(), control.members());
        Interval.Difference spend = treated == null || control == null || treated.spendMean() == null
                || control.spendMean() == null ? null
                : Interval.means(treated.spendMean(), treated.spendVariance(), treated.withSpend(),
                control.spendMean(), control.spendVariance(), control.withSpend());
        return new Uplift(t, c, retention == null ? null : round(retention.estimate(), 6),
                retention == null ? null : round(retention.low(), 6), retention == null ? null : round(retention.high(), 6),
                spend == null ? new Spend(null, null, null)
                        : new Spend(round(spend.estimate(), 2), round(spend.low(), 2), round(spend.high(), 2)));
    }

    private static ArmOutcome outcome(ArmRow r) {
        if (r == null || r.members() == 0) {
            return ArmOutcome.empty();
        }
        return new ArmOutcome(r.members(), r.retained(), r.members() - r.retained(),
                round((double) r.retained() / r.members(), 6), r.accepted(), round((double) r.accepted() / r.members(), 6),
                r.withSpend(), round(r.spendBefore(), 2), round(r.spendAfter(), 2), round(r.spendMean(), 2));
    }

    private static Double round(Double value, int places) {
        if (value == null || value.isNaN()) {
            return null;
        }
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
