package io.manyi.tier;

/** Value segments by ARPU percentile. */
public enum ValueSegment {
    LOW, MID, HIGH
}
