package io.manyi.moments;

import java.time.LocalDate;
import java.util.List;

/**
 * What the batch rules know of one subscriber on the day of detection.
 *
 * @param months            the latest months of usage, oldest first (at most a few)
 * @param unconfirmedVas    value-added subscriptions the subscriber never confirmed and still has
 * @param groupJoins        group accounts the subscriber joined recently
 * @param churnProbability  the latest churn score, or null when there is none
 * @param churnMonth        the month of that score
 * @param expiringPoints    points due to expire on {@code pointsExpireOn}, 0 when none
 */
public record SubscriberFacts(String msisdn, LocalDate birthDate, LocalDate activatedOn, LocalDate contractEnd,
                              PlanOffer plan, List<MonthUsage> months, List<VasSubscription> unconfirmedVas,
                              List<GroupJoin> groupJoins, Double churnProbability, String churnMonth,
                              String churnReasonZh, String churnReasonEn,
                              long expiringPoints, LocalDate pointsExpireOn) {

    public SubscriberFacts {
        months = months == null ? List.of() : List.copyOf(months);
        unconfirmedVas = unconfirmedVas == null ? List.of() : List.copyOf(unconfirmedVas);
        groupJoins = groupJoins == null ? List.of() : List.copyOf(groupJoins);
    }

    public record VasSubscription(String serviceCode, String serviceName, LocalDate subscribedOn, long monthlyFeeFen) {
    }

    public record GroupJoin(String groupId, String groupName, LocalDate joinedOn) {
    }

    /** Average monthly spend (fen) of the latest {@code n} months we have, 0 with none. */
    public long averageSpendFen(int n) {
        if (months.isEmpty()) {
            return 0;
        }
        List<MonthUsage> last = months.subList(Math.max(0, months.size() - n), months.size());
        return Math.round(last.stream().mapToLong(MonthUsage::spendFen).average().orElse(0));
    }
}
