package io.manyi.hotline;

/** Where the IVR sends a caller who asks for an agent. */
public enum HotlineQueue {
    /** The subscriber's own account or phone manager answers (专席). */
    MANAGER_LINE,
    /** VIP fast lane: skips the common queue (星级客户优先). */
    VIP_FAST_LANE,
    /** Everyone else, first come first served. */
    NORMAL
}
