package io.manyi.groups;

import io.manyi.moments.Detected;
import io.manyi.moments.MomentType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The key moments of a group customer (docs/groups.md, "Key moments"), found once a month. Each
 * reads only the last complete month (the month before the day of detection) and the contract end,
 * so a run on any day of a month finds the same; the occurrence (group and month, or group and
 * contract end) makes a repeated run find nothing new.
 */
public final class GroupMomentRules {

    public static final String GROUP_MEMBER_LEFT = "GROUP_MEMBER_LEFT";
    public static final String GROUP_SPEND_DROP = "GROUP_SPEND_DROP";
    public static final String GROUP_CONTRACT_RENEWAL = "GROUP_CONTRACT_RENEWAL";
    public static final List<String> TYPES = List.of(GROUP_MEMBER_LEFT, GROUP_SPEND_DROP, GROUP_CONTRACT_RENEWAL);

    private GroupMomentRules() {
    }

    /** Every moment the enabled group {@code types} find for one group on {@code day}. */
    public static List<Detected> detect(GroupFacts group, LocalDate day, Collection<MomentType> types) {
        List<Detected> found = new ArrayList<>();
        for (MomentType type : types) {
            if (!type.enabled()) {
                continue;
            }
            switch (type.code()) {
                case GROUP_MEMBER_LEFT -> memberLeft(group, day, type).ifPresent(found::add);
                case GROUP_SPEND_DROP -> spendDrop(group, day, type).ifPresent(found::add);
                case GROUP_CONTRACT_RENEWAL -> contractRenewal(group, day, type).ifPresent(found::add);
                default -> { } // a subscriber's type: not ours
            }
        }
        return found;
    }

    /** At least {@code minMembers} members left the network or the group last month. */
    static Optional<Detected> memberLeft(GroupFacts g, LocalDate day, MomentType t) {
        YearMonth last = YearMonth.from(day).minusMonths(1);
        List<GroupFacts.Departure> left = g.departures().stream()
                .filter(d -> YearMonth.from(d.on()).equals(last)).toList();
        if (left.isEmpty() || left.size() < t.param("minMembers", 1)) {
            return Optional.empty();
        }
        long network = left.stream().filter(GroupFacts.Departure::leftNetwork).count();
        long group = left.size() - network;
        return Optional.of(new Detected(GROUP_MEMBER_LEFT, g.groupId() + ":" + last,
                g.name() + "上月有" + left.size() + "名成员离开（离网" + network + "名，退出集团" + group + "名）",
                left.size() + " member" + (left.size() == 1 ? "" : "s") + " of " + g.name() + " left last month ("
                        + network + " left the network, " + group + " left the group)"));
    }

    /**
     * Last month the members' total spend was at least {@code dropPercent} below the average of the
     * {@code baselineMonths} months before, and that average was at least {@code minAverageYuan}.
     */
    static Optional<Detected> spendDrop(GroupFacts g, LocalDate day, MomentType t) {
        YearMonth last = YearMonth.from(day).minusMonths(1);
        int months = (int) Math.max(1, t.param("baselineMonths", 3));
        long baseline = 0;
        for (int i = 1; i <= months; i++) {
            baseline += g.spendFen(last.minusMonths(i));
        }
        double average = baseline / (double) months;
        if (average <= 0 || average < t.param("minAverageYuan", 200) * 100) {
            return Optional.empty();
        }
        long spent = g.spendFen(last);
        double drop = 100 * (average - spent) / average;
        if (drop < t.param("dropPercent", 20)) {
            return Optional.empty();
        }
        long percent = Math.round(drop);
        return Optional.of(new Detected(GROUP_SPEND_DROP, g.groupId() + ":" + last,
                g.name() + "上月成员消费合计" + yuan(spent) + "元，比前" + months + "个月平均" + yuan(Math.round(average))
                        + "元下降" + percent + "%",
                g.name() + "'s members spent " + yuan(spent) + " yuan last month, " + percent + "% below the "
                        + months + "-month average of " + yuan(Math.round(average)) + " yuan"));
    }

    /** The group's contract ends within {@code daysAhead} days (today included). */
    static Optional<Detected> contractRenewal(GroupFacts g, LocalDate day, MomentType t) {
        if (g.contractEnd() == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(day, g.contractEnd());
        if (days < 0 || days > t.param("daysAhead", 60)) {
            return Optional.empty();
        }
        return Optional.of(new Detected(GROUP_CONTRACT_RENEWAL, g.groupId() + ":" + g.contractEnd(),
                // The date, not a day count (stale the next day); pages add the count from today.
                g.name() + "的集团协议将于" + g.contractEnd() + "到期",
                g.name() + "'s contract ends on " + g.contractEnd()));
    }

    private static String yuan(long fen) {
        return fen % 100 == 0 ? Long.toString(fen / 100) : String.format(java.util.Locale.ROOT, "%.2f", fen / 100.0);
    }
}
