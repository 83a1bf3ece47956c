package io.manyi.tier;

import java.time.YearMonth;

/**
 * What one month says about a subscriber: the spend billed ({@code hasUsage} false when the month
 * has a bill but no usage record) and the state of that month's bill. Money in fen.
 */
public record MonthFacts(YearMonth month, boolean hasUsage, long spendFen, long arrearsFen, int daysOverdue) {
}
