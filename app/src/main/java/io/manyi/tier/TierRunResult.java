package io.manyi.tier;

import java.time.YearMonth;

/**
 * What a monthly assessment did: {@code alreadyDone} when the month had been assessed before and
 * nothing changed; {@code notified} whether its level changes went out as SMS and events (false
 * for a quiet month of history).
 */
public record TierRunResult(YearMonth month, boolean alreadyDone, long subscribers, long changes, long upgrades,
                            long downgrades, double seconds, boolean notified) {
}
