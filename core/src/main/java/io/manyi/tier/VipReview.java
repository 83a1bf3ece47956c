package io.manyi.tier;

/**
 * The yearly VIP card review: a pure function of the subscriber's brand and the points they earned
 * in the cycle. Returns null for no card.
 */
public final class VipReview {

    private VipReview() {
    }

    /**
     * @param pointsEarned   points earned in the cycle's months on record
     * @param monthsOnRecord how many of the cycle's 12 months the subscriber has on record
     */
    public static VipCard review(String brand, long pointsEarned, int monthsOnRecord, VipRules rules) {
        if (!rules.brands().contains(brand) || monthsOnRecord < rules.minMonthsForReview()) {
            return null;
        }
        long points = countedPoints(pointsEarned, monthsOnRecord, rules);
        if (points >= rules.diamondPoints()) {
            return VipCard.DIAMOND;
        }
        if (points >= rules.goldPoints()) {
            return VipCard.GOLD;
        }
        if (points >= rules.silverPoints()) {
            return VipCard.SILVER;
        }
        return null;
    }

    /** The points a review compares with the thresholds: pro-rated to a year when the cycle is short and the rules say so. */
    public static long countedPoints(long pointsEarned, int monthsOnRecord, VipRules rules) {
        if (rules.prorateShortCycles() && monthsOnRecord > 0 && monthsOnRecord < 12) {
            return pointsEarned * 12 / monthsOnRecord;
        }
        return pointsEarned;
    }
}
