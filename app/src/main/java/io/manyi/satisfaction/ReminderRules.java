package io.manyi.satisfaction;

/**
 * The setting {@code satisfaction.reminders}: the preventive reminders (docs/surveys.md).
 *
 * @param vasWindowHours    an unconfirmed subscription started within this many hours gets its confirmation
 *                          text and can be flagged; older ones are left to the VAS_UNCONFIRMED moment
 * @param flagAfterHours    a subscription still unconfirmed this many hours after it started is flagged
 * @param overAllowanceMb   a month's data at least this far beyond the plan's allowance gets a usage alert
 * @param spendFactor       a month's spend above this multiple of the plan's monthly fee gets a spend alert
 */
public record ReminderRules(int vasWindowHours, int flagAfterHours, int overAllowanceMb, double spendFactor) {

    public static final String SETTING = "satisfaction.reminders";

    public ReminderRules {
        // A window no longer than the flag delay would never flag anything: refuse it rather than go quiet.
        if (flagAfterHours < 1 || vasWindowHours <= flagAfterHours || overAllowanceMb < 1 || !(spendFactor > 1.0)) {
            throw new IllegalArgumentException("reminder rules out of range: flagAfterHours >= 1, vasWindowHours > "
                    + "flagAfterHours, overAllowanceMb >= 1, spendFactor > 1");
        }
    }

    public static ReminderRules defaults() {
        return new ReminderRules(7 * 24, 48, 1024, 2.0);
    }
}
