package io.manyi.loyalty;

import java.util.EnumMap;
import java.util.Map;

/**
 * One subscriber's points for one month of spend. The monthly run does the same arithmetic in
 * SQL over all subscribers at once; this is the reference the integration test compares it with.
 * Whole yuan only: fractions of a yuan earn nothing, and bonuses round down.
 */
public final class Accrual {

    private Accrual() {
    }

    public static Map<EntryType, Long> of(long spendFen, long dataServiceFen, int tenureYears, int stars,
                                          LoyaltyRules rules) {
        Map<EntryType, Long> points = new EnumMap<>(EntryType.class);
        long base = Math.max(0, spendFen) / 100 * rules.pointsPerYuan();
        put(points, EntryType.ACCRUAL, base);
        put(points, EntryType.TENURE_BONUS, base * rules.tenurePercent(tenureYears) / 100);
        put(points, EntryType.STAR_BONUS, base * rules.starPercent(stars) / 100);
        put(points, EntryType.DATA_BONUS, Math.max(0, dataServiceFen) / 100 * rules.dataPointsPerYuan());
        return points;
    }

    private static void put(Map<EntryType, Long> points, EntryType type, long value) {
        if (value > 0) {
            points.put(type, value);
        }
    }
}
