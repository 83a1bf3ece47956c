package io.manyi.loyalty;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One subscriber's cycle: the balance it opened with, what was earned (by type), spent,
 * expired, and moved otherwise (transfers, holds, adjustments), and the closing balance.
 * {@code opening + earned + other - spent - expired == closing} always.
 */
public record Statement(PointsCycle cycle, long opening, Map<EntryType, Long> earned, long spent, long expired,
                        long other, long closing) {

    public static Statement of(PointsCycle cycle, long opening, List<Entry> entriesInCycle) {
        Map<EntryType, Long> earned = new EnumMap<>(EntryType.class);
        long spent = 0;
        long expired = 0;
        long other = 0;
        for (Entry entry : entriesInCycle) {
            if (entry.type().qualifying()) {
                earned.merge(entry.type(), entry.points(), Long::sum);
            } else if (entry.type() == EntryType.REDEMPTION) {
                spent -= entry.points();
            } else if (entry.type() == EntryType.EXPIRY) {
                expired -= entry.points();
            } else {
                other += entry.points();
            }
        }
        long earnedTotal = earned.values().stream().mapToLong(Long::longValue).sum();
        return new Statement(cycle, opening, Map.copyOf(earned), spent, expired, other,
                opening + earnedTotal + other - spent - expired);
    }

    public long earnedTotal() {
        return earned.values().stream().mapToLong(Long::longValue).sum();
    }
}
