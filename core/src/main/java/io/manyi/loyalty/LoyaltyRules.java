package io.manyi.loyalty;

import java.math.BigDecimal;
import java.util.List;

/**
 * The operator's points rules, stored as the setting {@code loyalty.rules}; {@link #defaults()}
 * are the values docs/loyalty.md documents.
 *
 * @param pointsPerYuan              accrual points per whole yuan of monthly spend
 * @param tenureBonus                extra percent of the accrual from a tenure on (highest step that applies)
 * @param starBonusPercent           extra percent of the accrual per star level 0..5
 * @param dataPointsPerYuan          extra points per whole yuan spent on data and value-added services
 * @param targetReturnRate           the share of spend the points should give back (reported, not enforced)
 * @param yuanPerPoint               what a point is worth: merchant settlement rate and liability value
 * @param cyclesKept                 points earned in cycle C expire at the end of cycle C + cyclesKept
 * @param noticeDays                 a notice goes out this many days before points expire
 * @param eligibilityThreshold       qualifying points in the current or previous cycle that open redemption
 * @param merchantHoldMinutes        an authorisation not captured within this many minutes is released
 * @param transferYearlyCap          points one subscriber may transfer out per calendar year
 * @param transferSameOwner          transfers allowed between numbers of the same ID number
 * @param transferSameGroup          transfers allowed between members of the same group customer
 */
public record LoyaltyRules(int pointsPerYuan,
                           List<TenureStep> tenureBonus,
                           List<Integer> starBonusPercent,
                           int dataPointsPerYuan,
                           BigDecimal targetReturnRate,
                           BigDecimal yuanPerPoint,
                           int cyclesKept,
                           int noticeDays,
                           long eligibilityThreshold,
                           int merchantHoldMinutes,
                           long transferYearlyCap,
                           boolean transferSameOwner,
                           boolean transferSameGroup) {

    public static final String SETTING = "loyalty.rules";

    /** From {@code minYears} of tenure on, {@code percent} extra points. */
    public record TenureStep(int minYears, int percent) {
    }

    public LoyaltyRules {
        tenureBonus = List.copyOf(tenureBonus);
        starBonusPercent = List.copyOf(starBonusPercent);
        if (starBonusPercent.size() != 6) {
            throw new IllegalArgumentException("starBonusPercent needs one value per star level 0..5");
        }
        if (cyclesKept < 0 || pointsPerYuan < 0 || dataPointsPerYuan < 0 || eligibilityThreshold < 0) {
            throw new IllegalArgumentException("loyalty rules must not be negative");
        }
    }

    public static LoyaltyRules defaults() {
        return new LoyaltyRules(1,
                List.of(new TenureStep(3, 5), new TenureStep(5, 10), new TenureStep(10, 20)),
                List.of(0, 0, 5, 10, 15, 20),
                1,
                new BigDecimal("0.02"),
                new BigDecimal("0.02"),
                1, 30, 3500, 15, 10_000, true, true);
    }

    /** The tenure bonus percent for whole years of tenure. */
    public int tenurePercent(int years) {
        int percent = 0;
        for (TenureStep step : tenureBonus) {
            if (years >= step.minYears() && step.percent() > percent) {
                percent = step.percent();
            }
        }
        return percent;
    }

    public int starPercent(int stars) {
        return starBonusPercent.get(Math.max(0, Math.min(5, stars)));
    }
}
