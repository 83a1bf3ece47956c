package io.manyi.tier;

import java.math.BigDecimal;

/**
 * What a star level entitles a subscriber to.
 *
 * @param creditLineYuan             how far the balance may go below zero before service is suspended
 * @param delayedSuspensionDays      days of grace after the credit line is used up before suspension
 * @param hotlineFastLane            10086 calls skip the queue
 * @param dedicatedAccountManager    a named account manager looks after the subscriber
 * @param hallPriority               priority at the business-hall counter
 * @param airportLoungeVisitsPerYear free airport VIP lounge visits per points cycle
 * @param freeNumberChangesPerYear   free SIM replacements or number moves per year
 */
public record LevelPrivileges(int stars, BigDecimal creditLineYuan, int delayedSuspensionDays, boolean hotlineFastLane,
                              boolean dedicatedAccountManager, boolean hallPriority, int airportLoungeVisitsPerYear,
                              int freeNumberChangesPerYear) {

    public static LevelPrivileges none(int stars) {
        return new LevelPrivileges(stars, BigDecimal.ZERO, 0, false, false, false, 0, 0);
    }
}
