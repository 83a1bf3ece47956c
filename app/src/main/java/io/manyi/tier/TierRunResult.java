package io.manyi.tier;

import java.time.YearMonth;

/**
 * What a monthly assessment did: {@code alreadyDone} when the month had been assessed before and
 * nothing changed.
 */
public record TierRunResult(YearMonth month, boolean alreadyDone, long subscribers, long changes, long upgrades,
                            long downgrades, double seconds) {
}
