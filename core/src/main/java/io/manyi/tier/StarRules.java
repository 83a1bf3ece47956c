package io.manyi.tier;

import java.util.ArrayList;
import java.util.List;

/**
 * How a star level is earned: the operator's setting {@code tier.star-rules}. A subscriber's score
 * is the sum of four parts, and the level is the highest whose threshold the score reaches.
 * docs/tiers.md explains every field and its default.
 *
 * @param tenureYears            points from completed years on the network: the last band whose bound is at most the years
 * @param averageSpendYuan       points from the average monthly spend over the last 12 months: the last band whose bound is at most the average
 * @param spendVariationAtMost   points for steady spend: the first band whose bound (coefficient of variation, 0.15 = 15%) the variation does not exceed
 * @param minMonthsForStability  fewer months of spend than this earn no stability points
 * @param arrearsMonthPoints     points (zero or less) for each month of the last 12 with arrears above the tolerance
 * @param arrearsToleranceYuan   arrears up to this amount are not counted (rounding, a late fee)
 * @param seriousOverdueDays     a bill this many days overdue or more is serious
 * @param seriousOverduePoints   further points (zero or less) for each such month
 * @param starThresholds         the score for 1, 2, 3, 4 and 5 stars, strictly increasing
 * @param downgradeAfterMonths   a lower level takes effect only after this many consecutive months below
 */
public record StarRules(List<Band> tenureYears, List<Band> averageSpendYuan, List<Band> spendVariationAtMost,
                        int minMonthsForStability, int arrearsMonthPoints, double arrearsToleranceYuan,
                        int seriousOverdueDays, int seriousOverduePoints, List<Integer> starThresholds,
                        int downgradeAfterMonths) {

    public static final String SETTING = "tier.star-rules";
    public static final int MAX_STARS = 5;

    public StarRules {
        tenureYears = List.copyOf(tenureYears);
        averageSpendYuan = List.copyOf(averageSpendYuan);
        spendVariationAtMost = List.copyOf(spendVariationAtMost);
        starThresholds = List.copyOf(starThresholds);
    }

    public static StarRules defaults() {
        return new StarRules(
                List.of(new Band(1, 5), new Band(3, 10), new Band(5, 15), new Band(8, 20), new Band(12, 25)),
                List.of(new Band(30, 5), new Band(50, 10), new Band(80, 20), new Band(120, 30), new Band(180, 40),
                        new Band(300, 50)),
                List.of(new Band(0.10, 10), new Band(0.20, 6), new Band(0.35, 3)),
                3, -8, 1.0, 60, -15,
                List.of(10, 25, 40, 55, 70),
                3);
    }

    /** What is wrong with these rules, in plain English; empty when they can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        ascending("tenureYears", tenureYears, problems);
        ascending("averageSpendYuan", averageSpendYuan, problems);
        ascending("spendVariationAtMost", spendVariationAtMost, problems);
        if (minMonthsForStability < 2 || minMonthsForStability > 12) {
            problems.add("minMonthsForStability must be between 2 and 12");
        }
        if (arrearsMonthPoints > 0 || seriousOverduePoints > 0) {
            problems.add("arrearsMonthPoints and seriousOverduePoints must be zero or negative");
        }
        if (arrearsToleranceYuan < 0) {
            problems.add("arrearsToleranceYuan must not be negative");
        }
        if (seriousOverdueDays < 1) {
            problems.add("seriousOverdueDays must be at least 1");
        }
        if (starThresholds.size() != MAX_STARS) {
            problems.add("starThresholds needs " + MAX_STARS + " scores (for 1 to 5 stars)");
        } else {
            for (int i = 1; i < starThresholds.size(); i++) {
                if (starThresholds.get(i) <= starThresholds.get(i - 1)) {
                    problems.add("starThresholds must increase strictly");
                    break;
                }
            }
        }
        if (downgradeAfterMonths < 1 || downgradeAfterMonths > 24) {
            problems.add("downgradeAfterMonths must be between 1 and 24");
        }
        return problems;
    }

    /** Points of the last band whose bound is at most {@code value}; 0 below the first. */
    static int atLeast(List<Band> bands, double value) {
        int points = 0;
        for (Band band : bands) {
            if (value >= band.bound()) {
                points = band.points();
            }
        }
        return points;
    }

    /** Points of the first band whose bound {@code value} does not exceed; 0 above the last. */
    static int atMost(List<Band> bands, double value) {
        for (Band band : bands) {
            if (value <= band.bound()) {
                return band.points();
            }
        }
        return 0;
    }

    /** The level a score reaches, 0-5. */
    public int starsFor(int score) {
        int stars = 0;
        for (int i = 0; i < starThresholds.size(); i++) {
            if (score >= starThresholds.get(i)) {
                stars = i + 1;
            }
        }
        return stars;
    }

    private static void ascending(String name, List<Band> bands, List<String> problems) {
        if (bands.isEmpty()) {
            problems.add(name + " needs at least one band");
            return;
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).bound() <= bands.get(i - 1).bound()) {
                problems.add(name + " bounds must increase strictly");
                return;
            }
        }
        if (bands.getFirst().bound() < 0) {
            problems.add(name + " bounds must not be negative");
        }
    }
}
