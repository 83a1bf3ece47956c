package io.manyi.campaigns;

/** The side of a campaign (or a moment type's holdout) a member is on. CONTROL is never contacted. */
public enum Arm {
    TREATED, CONTROL
}
