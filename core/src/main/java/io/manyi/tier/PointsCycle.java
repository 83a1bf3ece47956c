package io.manyi.tier;

import java.time.Month;
import java.time.YearMonth;

/**
 * A points cycle: December to November, named by the year it ends in (cycle 2026 runs from
 * 2025-12 to 2026-11). VIP cards are reviewed at the end of a cycle for the next one.
 */
public record PointsCycle(int year) {

    public static PointsCycle of(YearMonth month) {
        return new PointsCycle(month.getMonth() == Month.DECEMBER ? month.getYear() + 1 : month.getYear());
    }

    public YearMonth first() {
        return YearMonth.of(year - 1, Month.DECEMBER);
    }

    public YearMonth last() {
        return YearMonth.of(year, Month.NOVEMBER);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first()) && !month.isAfter(last());
    }

    public PointsCycle next() {
        return new PointsCycle(year + 1);
    }

    /** True for November, the month whose assessment reviews the cards of the next cycle. */
    public static boolean endsWith(YearMonth month) {
        return month.getMonth() == Month.NOVEMBER;
    }
}
