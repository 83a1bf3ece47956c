package io.manyi.tier;

import java.util.ArrayList;
import java.util.List;

/**
 * The VIP card review: the operator's setting {@code tier.vip-cards}.
 *
 * @param brands               brands that hold VIP cards (GoTone only by default)
 * @param silverPoints         points earned in a cycle for a silver card
 * @param goldPoints           for a gold card
 * @param diamondPoints        for a diamond card
 * @param pointsPerYuan        until the points ledger reports its own figure: points earned per yuan of spend
 * @param prorateShortCycles   a cycle with fewer months on record (joined mid-cycle, or the platform started
 *                             mid-cycle) counts its points as if the months on record were the whole year
 * @param minMonthsForReview   fewer months on record than this give no card
 */
public record VipRules(List<String> brands, long silverPoints, long goldPoints, long diamondPoints, int pointsPerYuan,
                       boolean prorateShortCycles, int minMonthsForReview) {

    public static final String SETTING = "tier.vip-cards";

    public VipRules {
        brands = List.copyOf(brands);
    }

    public static VipRules defaults() {
        return new VipRules(List.of("GOTONE"), 1_500, 3_000, 6_000, 1, true, 2);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!(0 < silverPoints && silverPoints < goldPoints && goldPoints < diamondPoints)) {
            problems.add("thresholds must be positive and increase: silver < gold < diamond");
        }
        if (pointsPerYuan < 0) {
            problems.add("pointsPerYuan must not be negative");
        }
        if (minMonthsForReview < 1 || minMonthsForReview > 12) {
            problems.add("minMonthsForReview must be between 1 and 12");
        }
        return problems;
    }

    /** Points earned for a spend in fen (whole points, rounded down per month by the caller or here). */
    public long pointsFor(long spendFen) {
        return spendFen * pointsPerYuan / 100;
    }
}
