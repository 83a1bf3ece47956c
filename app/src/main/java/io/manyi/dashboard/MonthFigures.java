package io.manyi.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A month's figures for the province or a city: the counts summed from the rollup rows, and the
 * rates computed from them (null where the denominator is zero). docs/dashboard.md defines each.
 * Shares are fractions (0.0123 = 1.23%). {@code complete} is false for a month that is not over
 * yet (in the operator's zone): its counts are the month so far, and its rates (churn, retention,
 * task completion and conversion) are left out, null, rather than read as "0.00 % churn".
 */
public record MonthFigures(
        YearMonth month,
        long subscribers,
        // mid/high-end churn and retention
        long midHighBase, long midHighChurned, BigDecimal churnRate, BigDecimal retentionRate,
        // star mix (index = stars 0..5) and VIP cards
        long assessed, List<Long> stars, List<BigDecimal> starShares, BigDecimal threeStarsOrMoreShare,
        long vipReviewed, long vipSilver, long vipGold, long vipDiamond, BigDecimal vipCardShare,
        // points liability
        long pointsOutstanding, BigDecimal pointsValueYuan,
        // key-moment tasks
        long tasksDue, long tasksDone, long tasksAccepted, long tasksFailed, long tasksExpired,
        BigDecimal completionRate, BigDecimal conversionRate,
        // complaints
        long tickets, BigDecimal complaintsPerMillion, long slaCounted, long slaMet, BigDecimal slaCompliance,
        // satisfaction
        long surveysSent, long surveysAnswered, BigDecimal averageScore, Map<String, BigDecimal> dimensionScores,
        Map<String, Long> dimensionAnswers,
        // regulator appeals (申诉) opened in the month: complaintsPerMillion is these per million subscribers
        // (百万客户申诉率); null when the month was rolled up before appeals were counted
        Long appeals,
        // false while the month is not over: its rates are left out
        boolean complete) {

    /** The sums of a month's rollup rows, in the table's column order. */
    record Totals(YearMonth month, long subscribers, long midHighBase, long midHighChurned, long assessed, long[] stars,
                  long vipReviewed, long vipSilver, long vipGold, long vipDiamond, long pointsOutstanding, BigDecimal pointsValue,
                  long tasksDue, long tasksDone, long tasksAccepted, long tasksFailed, long tasksExpired,
                  long tickets, long slaCounted, long slaMet, long surveysSent, long surveysAnswered, long scoreSum,
                  Long appeals) {
    }

    /** Answers and score sum of one dimension question. */
    record DimensionTotal(long answers, long scoreSum) {
    }

    static MonthFigures of(Totals t, Map<String, DimensionTotal> dimensions) {
        BigDecimal churn = Rates.share(t.midHighChurned(), t.midHighBase());
        List<Long> stars = java.util.Arrays.stream(t.stars()).boxed().toList();
        List<BigDecimal> starShares = stars.stream().map(n -> Rates.share(n, t.assessed())).toList();
        long threePlus = t.stars()[3] + t.stars()[4] + t.stars()[5];
        Map<String, BigDecimal> dimensionScores = new java.util.TreeMap<>();
        Map<String, Long> dimensionAnswers = new java.util.TreeMap<>();
        dimensions.forEach((name, d) -> {
            dimensionScores.put(name, Rates.average(d.scoreSum(), d.answers()));
            dimensionAnswers.put(name, d.answers());
        });
        return new MonthFigures(t.month(), t.subscribers(),
                t.midHighBase(), t.midHighChurned(), churn, churn == null ? null : BigDecimal.ONE.subtract(churn),
                t.assessed(), stars, starShares, Rates.share(threePlus, t.assessed()),
                t.vipReviewed(), t.vipSilver(), t.vipGold(), t.vipDiamond(),
                Rates.share(t.vipSilver() + t.vipGold() + t.vipDiamond(), t.vipReviewed()),
                t.pointsOutstanding(), t.pointsValue(),
                t.tasksDue(), t.tasksDone(), t.tasksAccepted(), t.tasksFailed(), t.tasksExpired(),
                Rates.share(t.tasksDone(), t.tasksDue()), Rates.share(t.tasksAccepted(), t.tasksDone()),
                t.tickets(), t.appeals() == null ? null : Rates.perMillion(t.appeals(), t.subscribers()), t.slaCounted(), t.slaMet(),
                Rates.share(t.slaMet(), t.slaCounted()),
                t.surveysSent(), t.surveysAnswered(), Rates.average(t.scoreSum(), t.surveysAnswered()),
                dimensionScores, dimensionAnswers, t.appeals(), true);
    }

    /** The month so far: the counts as they are, the rates that would read as final left out. */
    MonthFigures partial() {
        return new MonthFigures(month, subscribers, midHighBase, midHighChurned, null, null, assessed, stars, starShares,
                threeStarsOrMoreShare, vipReviewed, vipSilver, vipGold, vipDiamond, vipCardShare, pointsOutstanding,
                pointsValueYuan, tasksDue, tasksDone, tasksAccepted, tasksFailed, tasksExpired, null, null, tickets,
                complaintsPerMillion, slaCounted, slaMet, slaCompliance, surveysSent, surveysAnswered, averageScore,
                dimensionScores, dimensionAnswers, appeals, false);
    }

    /** A month with no rollup rows: every count zero, every rate unknown. */
    static MonthFigures empty(YearMonth month) {
        return of(new Totals(month, 0, 0, 0, 0, new long[6], 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0L),
                Map.of());
    }
}
