package io.manyi.loyalty;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * A points cycle runs from December to November and is named by the year it ends in: cycle
 * 2026 is 2025-12-01 .. 2026-11-30. Points earned in a cycle expire at the end of a later one
 * (docs/loyalty.md); VIP cards are reviewed at the end of a cycle for the next one (docs/tiers.md).
 * The one definition: the tier, moments and cycle features use this one.
 */
public record PointsCycle(int year) {

    public static PointsCycle of(YearMonth month) {
        return new PointsCycle(month.getMonth() == Month.DECEMBER ? month.getYear() + 1 : month.getYear());
    }

    public static PointsCycle of(LocalDate day) {
        return of(YearMonth.from(day));
    }

    /** True for November, the last month of a cycle (whose assessment reviews the cards of the next cycle). */
    public static boolean endsWith(YearMonth month) {
        return month.getMonth() == Month.NOVEMBER;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year - 1, 12, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 11, 30);
    }

    /** The cycle's first month, December of the year before. */
    public YearMonth firstMonth() {
        return YearMonth.of(year - 1, Month.DECEMBER);
    }

    /** The cycle's last month, November. */
    public YearMonth lastMonth() {
        return YearMonth.of(year, Month.NOVEMBER);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
    }

    public PointsCycle previous() {
        return new PointsCycle(year - 1);
    }

    public PointsCycle next() {
        return new PointsCycle(year + 1);
    }

    public PointsCycle plus(int cycles) {
        return new PointsCycle(year + cycles);
    }

    /** The day points earned in this cycle expire at its end: the last day of cycle + cyclesKept. */
    public LocalDate expiryOfPointsEarned(LoyaltyRules rules) {
        return plus(rules.cyclesKept()).lastDay();
    }

    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
