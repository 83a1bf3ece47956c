package io.manyi.campaigns;

/**
 * What became of one arm's members over the observation period (intention to treat: every member
 * counts, reached or not). Rates and spends are null for an empty arm.
 *
 * @param retained     members not cancelled by the end of the observation period
 * @param accepted     members with a task of the campaign (or moment type) whose outcome was REACHED_ACCEPTED
 * @param withSpend    members with spend both before joining and after it, over which the spend figures average
 * @param spendBefore  average monthly spend in the 3 months before the month of joining, yuan
 * @param spendAfter   average monthly spend from the month after joining to the end of observation
 *                     (a month without usage, as after churn, counts as 0), yuan
 * @param spendChange  the mean of each member's after - before
 */
public record ArmOutcome(int members, int retained, int churned, Double retention, int accepted, Double acceptance,
                         int withSpend, Double spendBefore, Double spendAfter, Double spendChange) {

    static ArmOutcome empty() {
        return new ArmOutcome(0, 0, 0, null, 0, null, 0, null, null, null);
    }
}
