package io.manyi.complaints;

/** Where a complaint came in: the 10086 hotline, a business hall, online, by SMS, or through the regulator. */
public enum Channel {
    HOTLINE, HALL, ONLINE, SMS, REGULATOR;

    /** The severity a ticket of this channel has when {@code asked} is given: a complaint to the regulator is never minor. */
    public Severity severity(Severity asked) {
        return this == REGULATOR && asked.compareTo(Severity.HIGH) < 0 ? Severity.HIGH : asked;
    }
}
