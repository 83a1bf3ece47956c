package io.manyi.tier;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Assesses a subscriber's star level for a month: a pure function of their facts, where the last
 * assessment left them, and the rules. Upgrades take effect at once; a downgrade only after
 * {@link StarRules#downgradeAfterMonths()} consecutive months below the level in force, and any
 * month at or above the level resets that count.
 */
public final class StarAssessor {

    private final StarRules rules;
    private final long arrearsToleranceFen;

    public StarAssessor(StarRules rules) {
        List<String> problems = rules.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Star rules are not usable: " + String.join("; ", problems));
        }
        this.rules = rules;
        this.arrearsToleranceFen = Math.round(rules.arrearsToleranceYuan() * 100);
    }

    /**
     * @param facts    the months of the year up to and including {@code month}, oldest first (others are ignored)
     * @param previous the state after the last assessment, or null for the first one
     */
    public StarAssessment assess(SubscriberFacts facts, YearMonth month, StarState previous) {
        List<Reason> reasons = new ArrayList<>();
        YearMonth from = month.minusMonths(11);

        long years = facts.activatedOn() == null ? 0
                : Math.max(0, ChronoUnit.YEARS.between(facts.activatedOn(), month.atEndOfMonth()));
        int tenure = StarRules.atLeast(rules.tenureYears(), years);
        reasons.add(Reason.of(ReasonCode.TENURE, tenure, years));

        int spendMonths = 0;
        long spendSum = 0;
        double sumSquares = 0;
        int arrears = 0;
        List<Reason> arrearsReasons = new ArrayList<>();
        for (MonthFacts m : facts.months()) {
            if (m.month().isBefore(from) || m.month().isAfter(month)) {
                continue;
            }
            if (m.hasUsage()) {
                spendMonths++;
                spendSum += m.spendFen();
                sumSquares += (double) m.spendFen() * m.spendFen();
            }
            if (m.arrearsFen() > arrearsToleranceFen) {
                arrears += rules.arrearsMonthPoints();
                arrearsReasons.add(Reason.of(ReasonCode.ARREARS, rules.arrearsMonthPoints(), m.month(),
                        yuan(m.arrearsFen())));
            }
            if (m.daysOverdue() >= rules.seriousOverdueDays()) {
                arrears += rules.seriousOverduePoints();
                arrearsReasons.add(Reason.of(ReasonCode.SERIOUS_OVERDUE, rules.seriousOverduePoints(), m.month(),
                        m.daysOverdue()));
            }
        }
        long averageFen = spendMonths == 0 ? 0 : Math.round((double) spendSum / spendMonths);
        int spend = StarRules.atLeast(rules.averageSpendYuan(), averageFen / 100.0);
        reasons.add(Reason.of(ReasonCode.AVERAGE_SPEND, spend, Math.round(averageFen / 100.0), spendMonths));

        int stability = 0;
        if (spendMonths < rules.minMonthsForStability() || averageFen <= 0) {
            reasons.add(Reason.of(ReasonCode.SPEND_HISTORY_SHORT, 0, spendMonths));
        } else {
            double mean = (double) spendSum / spendMonths;
            double variance = Math.max(0, sumSquares / spendMonths - mean * mean);
            double variation = Math.sqrt(variance) / mean;
            stability = StarRules.atMost(rules.spendVariationAtMost(), variation);
            reasons.add(Reason.of(ReasonCode.SPEND_VARIATION, stability, Math.round(variation * 100)));
        }
        reasons.addAll(arrearsReasons);

        ScoreParts parts = new ScoreParts(tenure, spend, stability, arrears);
        int candidate = rules.starsFor(parts.total());
        reasons.add(Reason.of(ReasonCode.SCORE, 0, parts.total(), candidate));

        int stars;
        int monthsBelow;
        if (previous == null) {
            stars = candidate;
            monthsBelow = 0;
            reasons.add(Reason.of(ReasonCode.FIRST_ASSESSMENT, 0, candidate));
        } else if (candidate >= previous.stars()) {
            stars = candidate;
            monthsBelow = 0;
            if (candidate > previous.stars()) {
                reasons.add(Reason.of(ReasonCode.UPGRADED, 0, previous.stars(), candidate));
            }
        } else if (previous.monthsBelow() + 1 >= rules.downgradeAfterMonths()) {
            stars = candidate;
            monthsBelow = 0;
            reasons.add(Reason.of(ReasonCode.DOWNGRADED, 0, previous.stars(), candidate, previous.monthsBelow() + 1));
        } else {
            stars = previous.stars();
            monthsBelow = previous.monthsBelow() + 1;
            reasons.add(Reason.of(ReasonCode.HELD, 0, previous.stars(), monthsBelow, rules.downgradeAfterMonths()));
        }
        return new StarAssessment(facts.msisdn(), month, stars, candidate,
                previous == null ? null : previous.stars(), monthsBelow, parts, averageFen, reasons);
    }

    /** Whole yuan without trailing zeros: 112.5, 186. */
    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString();
    }
}
