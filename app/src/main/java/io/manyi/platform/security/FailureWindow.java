package io.manyi.platform.security;

import java.util.ArrayDeque;

/**
 * The recent wrong passwords of one account or one client address: a sliding window of at most
 * {@code limit} failure times. At {@code limit} failures within {@code window}, the key is
 * throttled until the oldest of them leaves the window. Refused attempts are not failures (their
 * password is not even checked), so being throttled never prolongs itself.
 */
final class FailureWindow {

    /** A refused attempt is written to the audit at most this often per key, with the count since. */
    static final long AUDIT_EVERY_MILLIS = 60_000;

    private final int limit;
    private final long windowMillis;
    private final ArrayDeque<Long> failures = new ArrayDeque<>();
    private long lastAuditMillis = Long.MIN_VALUE;
    private long refusedSinceAudit;

    FailureWindow(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    /** Records a wrong password at {@code now}; true when this one reached the limit. */
    synchronized boolean fail(long now) {
        drop(now);
        boolean wasOpen = failures.size() < limit;
        failures.addLast(now);
        while (failures.size() > limit) {
            failures.removeFirst(); // older ones no longer decide when the key opens
        }
        return wasOpen && failures.size() == limit;
    }

    /** Milliseconds until an attempt is considered again; 0 when it is now. */
    synchronized long blockedFor(long now) {
        drop(now);
        return failures.size() < limit ? 0 : failures.peekFirst() + windowMillis - now;
    }

    /**
     * Counts a refused attempt; answers how many to write in one audit entry now (0: not yet, one
     * was written within the last minute). A flood of attempts makes one row a minute, not thousands.
     */
    synchronized long refusedToAudit(long now) {
        refusedSinceAudit++;
        if (lastAuditMillis != Long.MIN_VALUE && now - lastAuditMillis < AUDIT_EVERY_MILLIS) {
            return 0;
        }
        lastAuditMillis = now;
        long count = refusedSinceAudit;
        refusedSinceAudit = 0;
        return count;
    }

    /** No failure left in the window: the entry can be forgotten. */
    synchronized boolean idle(long now) {
        drop(now);
        return failures.isEmpty();
    }

    private void drop(long now) {
        while (!failures.isEmpty() && failures.peekFirst() <= now - windowMillis) {
            failures.removeFirst();
        }
    }
}
