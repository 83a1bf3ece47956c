package io.manyi.groups;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A group's figures for one month (docs/groups.md, "Figures"): members at the month's end, the
 * members' total spend, their churn risk from the latest scores up to that month, who left during
 * it, and complaints opened during it and open now (of the members at the month's end).
 *
 * @param scoredMonth  the churn scores read, null when no month up to this one is scored
 */
public record GroupFigures(YearMonth month, int members, BigDecimal revenueYuan, YearMonth scoredMonth, int scored,
                           int highRisk, Double averageProbability, int left, int recentComplaints,
                           int openComplaints) {

    /** High-risk members among the scored ones, 0..1 (0 when none is scored). */
    @JsonProperty("highRiskShare")
    public double highRiskShare() {
        return scored == 0 ? 0 : highRisk / (double) scored;
    }

    public static GroupFigures empty(YearMonth month) {
        return new GroupFigures(month, 0, BigDecimal.ZERO, null, 0, 0, null, 0, 0, 0);
    }
}
