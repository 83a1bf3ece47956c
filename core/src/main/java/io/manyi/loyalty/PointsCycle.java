package io.manyi.loyalty;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A points cycle runs from December to November and is named by the year it ends in: cycle
 * 2026 is 2025-12-01 .. 2026-11-30.
 */
public record PointsCycle(int year) {

    public static PointsCycle of(YearMonth month) {
        return new PointsCycle(month.getMonthValue() == 12 ? month.getYear() + 1 : month.getYear());
    }

    public static PointsCycle of(LocalDate day) {
        return of(YearMonth.from(day));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year - 1, 12, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 11, 30);
    }

    public PointsCycle previous() {
        return new PointsCycle(year - 1);
    }

    public PointsCycle plus(int cycles) {
        return new PointsCycle(year + cycles);
    }

    /** The day points earned in this cycle expire at its end: the last day of cycle + cyclesKept. */
    public LocalDate expiryOfPointsEarned(LoyaltyRules rules) {
        return plus(rules.cyclesKept()).lastDay();
    }

    /** The cycle's months in order, December first. */
    public YearMonth firstMonth() {
        return YearMonth.of(year - 1, 12);
    }

    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
