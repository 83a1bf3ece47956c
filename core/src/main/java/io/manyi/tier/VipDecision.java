package io.manyi.tier;

import io.manyi.loyalty.PointsCycle;
import java.time.YearMonth;

/**
 * A VIP card review made in a monthly assessment (only for the brands that hold cards).
 *
 * @param kind      ANNUAL (in November, for the next cycle) or OPENING (a cycle with no review yet)
 * @param cycleYear the points cycle the card holds for
 * @param card      the card, or null for none
 * @param points    points earned in the months counted
 * @param months    months with spend counted
 */
public record VipDecision(Kind kind, int cycleYear, VipCard card, long points, int months) {

    public enum Kind { ANNUAL, OPENING }

    /**
     * The review due in {@code month}, or null: in November the annual review of the cycle that
     * ends, for the next cycle; otherwise an opening review when the month's cycle has none yet
     * (the platform or the subscriber started mid-cycle), from the year up to the month.
     * "Points earned" are taken as {@link VipRules#pointsPerYuan()} per yuan of each month's spend
     * until the points ledger reports its own figure.
     */
    public static VipDecision due(SubscriberFacts facts, YearMonth month, boolean cycleReviewed, VipRules rules) {
        if (!rules.brands().contains(facts.brand())) {
            return null; // brands without cards are never reviewed (and leave no review on file)
        }
        PointsCycle cycle = PointsCycle.of(month);
        Kind kind;
        PointsCycle target;
        YearMonth from;
        if (PointsCycle.endsWith(month)) {
            kind = Kind.ANNUAL;
            target = cycle.next();
            from = cycle.firstMonth();
        } else if (!cycleReviewed) {
            kind = Kind.OPENING;
            target = cycle;
            from = month.minusMonths(11);
        } else {
            return null;
        }
        long points = 0;
        int months = 0;
        for (MonthFacts m : facts.months()) {
            if (m.hasUsage() && !m.month().isBefore(from) && !m.month().isAfter(month)) {
                points += rules.pointsFor(m.spendFen());
                months++;
            }
        }
        return new VipDecision(kind, target.year(), VipReview.review(facts.brand(), points, months, rules), points, months);
    }
}
