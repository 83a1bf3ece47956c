package io.manyi.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The dashboard for one month and the province or one city: the month's figures, the previous
 * month's, the month-on-month change of the headline figures (current − previous; shares in
 * fractions, so 0.012 is 1.2 percentage points), the last twelve months oldest first, and the
 * campaigns' uplift.
 *
 * @param city       null for the whole province
 * @param complete   whether the month is over (operator's zone); if not, its figures are the month so far, rates left out
 * @param rolledUp   whether the month has been rolled up at all (false: its figures are zeros)
 * @param refreshedAt when the month's rollup was computed, null if never
 */
public record DashboardView(YearMonth month, String city, List<String> cities, boolean complete, boolean rolledUp, Instant refreshedAt,
                            MonthFigures current, MonthFigures previous, Map<String, BigDecimal> change,
                            List<MonthFigures> trend, List<CampaignUplift> campaigns) {

    /** The headline figures whose month-on-month change is shown. */
    public static final List<String> HEADLINES = List.of("churnRate", "retentionRate", "threeStarsOrMoreShare", "vipCardShare",
            "pointsOutstanding", "pointsValueYuan", "completionRate", "conversionRate", "complaintsPerMillion", "slaCompliance",
            "averageScore");

    static Map<String, BigDecimal> change(MonthFigures now, MonthFigures before) {
        Map<String, BigDecimal> change = new java.util.LinkedHashMap<>();
        change.put("churnRate", Rates.minus(now.churnRate(), before.churnRate()));
        change.put("retentionRate", Rates.minus(now.retentionRate(), before.retentionRate()));
        change.put("threeStarsOrMoreShare", Rates.minus(now.threeStarsOrMoreShare(), before.threeStarsOrMoreShare()));
        change.put("vipCardShare", Rates.minus(now.vipCardShare(), before.vipCardShare()));
        change.put("pointsOutstanding", BigDecimal.valueOf(now.pointsOutstanding() - before.pointsOutstanding()));
        change.put("pointsValueYuan", Rates.minus(now.pointsValueYuan(), before.pointsValueYuan()));
        change.put("completionRate", Rates.minus(now.completionRate(), before.completionRate()));
        change.put("conversionRate", Rates.minus(now.conversionRate(), before.conversionRate()));
        change.put("complaintsPerMillion", Rates.minus(now.complaintsPerMillion(), before.complaintsPerMillion()));
        change.put("slaCompliance", Rates.minus(now.slaCompliance(), before.slaCompliance()));
        change.put("averageScore", Rates.minus(now.averageScore(), before.averageScore()));
        return change;
    }
}
