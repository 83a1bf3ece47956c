package io.manyi.cycle;

/**
 * The steps of the monthly cycle, in the order they run (docs/cycle.md). Each calls an existing
 * service that is idempotent on its own, so a step interrupted by a kill is simply run again.
 */
public enum CycleStep {
    /** Star levels, VIP reviews and value segments of the month ({@code TierAssessment}). */
    TIERS("tiers"),
    /** The month's accrual entries ({@code PointsAccrual}). */
    POINTS_ACCRUAL("points-accrual"),
    /** At the end of a points cycle (November), the previous cycle's points expire ({@code PointsExpiry.expire}). */
    POINTS_EXPIRY("points-expiry"),
    /** Within the notice period before a points cycle ends, a text and a PointsExpiring event per account. */
    POINTS_NOTICES("points-notices"),
    /** Churn scores with reasons from the current model, and the warning rules (rules alone without a model). */
    CHURN_SCORES("churn-scores"),
    /** The events published so far (churn warnings, star changes, points notices) become immediate moments. */
    EVENT_MOMENTS("event-moments"),
    /** The monthly and weekly key moments of the cycle's day ({@code MomentDetection}). */
    MOMENTS("moments"),
    /** The waiting moments become tasks, texts or nothing ({@code MomentDispatch}). */
    DISPATCH("dispatch");

    private final String code;

    CycleStep(String code) {
        this.code = code;
    }

    /** The step's name in {@code cycle_steps} and on the console. */
    public String code() {
        return code;
    }
}
