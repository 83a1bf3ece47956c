package io.manyi.complaints;

/** Where a complaint came in: the 10086 hotline, a business hall, online, by SMS, or through the regulator. */
public enum Channel {
    HOTLINE, HALL, ONLINE, SMS, REGULATOR
}
