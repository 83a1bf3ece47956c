package io.manyi.tier;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One subscriber's tier as the API and the 360 page show it (docs/tiers.md has an example).
 *
 * @param reasons    why, in the reader's language: never empty
 * @param vipCard    SILVER, GOLD, DIAMOND or null
 * @param groupClass the A/B/C class of their group customer, or null
 */
public record SubscriberTier(YearMonth assessedMonth, int stars, int candidateStars, int monthsBelow, int score,
                             ScoreParts scoreParts, BigDecimal averageSpendYuan, String vipCard, Integer vipCycle,
                             Long vipPoints, BigDecimal creditLimitYuan, String valueSegment, String groupClass,
                             List<String> reasons, LevelPrivileges privileges, List<HistoryMonth> history) {

    public record HistoryMonth(YearMonth month, int stars, int candidateStars, int score) {
    }
}
