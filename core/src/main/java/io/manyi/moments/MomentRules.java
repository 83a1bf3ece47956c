package io.manyi.moments;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The batch rules: each a pure function of a subscriber's facts, the day of detection and the
 * type's parameters (docs/moments.md lists them). A rule reads only the last complete month
 * (the month before {@code day}) for usage, so that running it on any day of a month finds the same.
 */
public final class MomentRules {

    public static final String BIRTHDAY = "BIRTHDAY";
    public static final String TENURE_ANNIVERSARY = "TENURE_ANNIVERSARY";
    public static final String POINTS_EXPIRING = "POINTS_EXPIRING";
    public static final String CONTRACT_ENDING = "CONTRACT_ENDING";
    public static final String SPEND_DROP = "SPEND_DROP";
    public static final String ROAMING_BEGINS = "ROAMING_BEGINS";
    public static final String BILL_SHOCK = "BILL_SHOCK";
    public static final String VAS_UNCONFIRMED = "VAS_UNCONFIRMED";
    public static final String CHURN_RISK_HIGH = "CHURN_RISK_HIGH";
    public static final String GROUP_NEW_MEMBER = "GROUP_NEW_MEMBER";
    public static final String BETTER_PLAN = "BETTER_PLAN";

    private MomentRules() {
    }

    /** Every moment the enabled batch {@code types} find for one subscriber on {@code day}. */
    public static List<Detected> detect(SubscriberFacts facts, LocalDate day, Collection<MomentType> types,
                                        List<PlanOffer> plans) {
        List<Detected> found = new ArrayList<>();
        for (MomentType type : types) {
            if (!type.enabled()) {
                continue;
            }
            switch (type.code()) {
                case BIRTHDAY -> birthday(facts, day, type).ifPresent(found::add);
                case TENURE_ANNIVERSARY -> anniversary(facts, day, type).ifPresent(found::add);
                case POINTS_EXPIRING -> pointsExpiring(facts, day, type).ifPresent(found::add);
                case CONTRACT_ENDING -> contractEnding(facts, day, type).ifPresent(found::add);
                case SPEND_DROP -> spendDrop(facts, day, type).ifPresent(found::add);
                case ROAMING_BEGINS -> roamingBegins(facts, day, type).ifPresent(found::add);
                case BILL_SHOCK -> billShock(facts, day, type).ifPresent(found::add);
                case VAS_UNCONFIRMED -> found.addAll(vasUnconfirmed(facts, day, type));
                case CHURN_RISK_HIGH -> churnRiskHigh(facts, type).ifPresent(found::add);
                case GROUP_NEW_MEMBER -> found.addAll(groupNewMember(facts, day, type));
                case BETTER_PLAN -> betterPlan(facts, day, type, plans).ifPresent(found::add);
                default -> { } // event-driven types and types without a batch rule
            }
        }
        return found;
    }

    /** The birthday falls within {@code daysAhead} days from {@code day} (29 February counts as 28 February). */
    static Optional<Detected> birthday(SubscriberFacts f, LocalDate day, MomentType t) {
        if (f.birthDate() == null) {
            return Optional.empty();
        }
        LocalDate next = nextOccurrence(MonthDay.from(f.birthDate()), day);
        if (ChronoUnit.DAYS.between(day, next) > t.param("daysAhead", 3)) {
            return Optional.empty();
        }
        return Optional.of(new Detected(BIRTHDAY, String.valueOf(next.getYear()),
                next.getMonthValue() + "月" + next.getDayOfMonth() + "日是您的生日",
                "birthday on " + next));
    }

    /** A whole number of years (at least {@code minYears}) since activation within {@code daysAhead} days. */
    static Optional<Detected> anniversary(SubscriberFacts f, LocalDate day, MomentType t) {
        if (f.activatedOn() == null) {
            return Optional.empty();
        }
        LocalDate next = nextOccurrence(MonthDay.from(f.activatedOn()), day);
        int years = next.getYear() - f.activatedOn().getYear();
        if (years < t.param("minYears", 1) || ChronoUnit.DAYS.between(day, next) > t.param("daysAhead", 3)) {
            return Optional.empty();
        }
        return Optional.of(new Detected(TENURE_ANNIVERSARY, String.valueOf(next.getYear()),
                next + "是您入网满" + years + "周年的日子", years + " years with us on " + next));
    }

    /** At least {@code minPoints} points expire within {@code daysBefore} days. */
    static Optional<Detected> pointsExpiring(SubscriberFacts f, LocalDate day, MomentType t) {
        if (f.pointsExpireOn() == null || f.expiringPoints() < t.param("minPoints", 1000)
                || f.pointsExpireOn().isBefore(day)
                || ChronoUnit.DAYS.between(day, f.pointsExpireOn()) > t.param("daysBefore", 30)) {
            return Optional.empty();
        }
        return Optional.of(pointsDetected(f.expiringPoints(), f.pointsExpireOn()));
    }

    /** Shared by the batch rule and the {@code PointsExpiring} event, so both give the same occurrence. */
    public static Detected pointsDetected(long points, LocalDate expiresOn) {
        return new Detected(POINTS_EXPIRING, expiresOn.toString(),
                "您有" + points + "积分将于" + expiresOn + "到期",
                points + " points expire on " + expiresOn);
    }

    /** The contract ends within {@code daysAhead} days. */
    static Optional<Detected> contractEnding(SubscriberFacts f, LocalDate day, MomentType t) {
        LocalDate end = f.contractEnd();
        if (end == null || end.isBefore(day) || ChronoUnit.DAYS.between(day, end) > t.param("daysAhead", 45)) {
            return Optional.empty();
        }
        return Optional.of(new Detected(CONTRACT_ENDING, end.toString(), "您的合约将于" + end + "到期",
                "the contract ends on " + end));
    }

    /**
     * Last month's spend fell at least {@code dropPercent} below the average of the
     * {@code baselineMonths} before it, which was at least {@code minAverageYuan}.
     */
    static Optional<Detected> spendDrop(SubscriberFacts f, LocalDate day, MomentType t) {
        Optional<MonthUsage> last = lastCompleteMonth(f, day);
        int baseline = (int) t.param("baselineMonths", 3);
        if (last.isEmpty() || f.months().size() < baseline + 1) {
            return Optional.empty();
        }
        List<MonthUsage> before = f.months().subList(f.months().size() - 1 - baseline, f.months().size() - 1);
        double average = before.stream().mapToLong(MonthUsage::spendFen).average().orElse(0);
        if (average < t.param("minAverageYuan", 50) * 100) {
            return Optional.empty();
        }
        double drop = (average - last.get().spendFen()) / average * 100;
        if (drop < t.param("dropPercent", 40)) {
            return Optional.empty();
        }
        long percent = Math.round(drop);
        String avg = yuan(Math.round(average));
        String now = yuan(last.get().spendFen());
        return Optional.of(new Detected(SPEND_DROP, last.get().month().toString(),
                "上月消费" + now + "元，比前" + baseline + "个月平均" + avg + "元下降" + percent + "%",
                "spent " + now + " yuan last month, " + percent + "% below the " + avg
                        + "-yuan average of the " + baseline + " months before"));
    }

    /** Last month had at least {@code minRoamingMinutes} of roaming, the month before at most {@code maxPreviousMinutes}. */
    static Optional<Detected> roamingBegins(SubscriberFacts f, LocalDate day, MomentType t) {
        Optional<MonthUsage> last = lastCompleteMonth(f, day);
        if (last.isEmpty() || last.get().roamingMinutes() < t.param("minRoamingMinutes", 30)) {
            return Optional.empty();
        }
        if (f.months().size() >= 2
                && f.months().get(f.months().size() - 2).roamingMinutes() > t.param("maxPreviousMinutes", 5)) {
            return Optional.empty();
        }
        int minutes = last.get().roamingMinutes();
        return Optional.of(new Detected(ROAMING_BEGINS, last.get().month().toString(),
                "上月漫游通话" + minutes + "分钟", minutes + " roaming minutes last month"));
    }

    /**
     * Not on a data plan (not a DATA plan, at most {@code maxPlanDataMb} included) and last month's
     * data went at least {@code overAllowanceMb} beyond the plan's allowance.
     */
    static Optional<Detected> billShock(SubscriberFacts f, LocalDate day, MomentType t) {
        Optional<MonthUsage> last = lastCompleteMonth(f, day);
        // "Without a data plan": a DATA plan, or any plan with a real data allowance, is one.
        if (last.isEmpty() || f.plan() == null || f.plan().isDataPlan()
                || f.plan().dataMb() > t.param("maxPlanDataMb", 500)) {
            return Optional.empty();
        }
        int used = last.get().dataMb();
        int allowance = f.plan().dataMb();
        if (used - allowance < t.param("overAllowanceMb", 1024)) {
            return Optional.empty();
        }
        return Optional.of(new Detected(BILL_SHOCK, last.get().month().toString(),
                "上月使用流量" + used + "MB，套餐只含" + allowance + "MB",
                "used " + used + " MB of data last month against " + allowance + " MB in the plan"));
    }

    /** Each unconfirmed subscription started within the last {@code lookbackDays} days. */
    static List<Detected> vasUnconfirmed(SubscriberFacts f, LocalDate day, MomentType t) {
        List<Detected> found = new ArrayList<>();
        for (SubscriberFacts.VasSubscription vas : f.unconfirmedVas()) {
            long age = ChronoUnit.DAYS.between(vas.subscribedOn(), day);
            if (age >= 0 && age <= t.param("lookbackDays", 30)) {
                found.add(new Detected(VAS_UNCONFIRMED, "VAS:" + vas.serviceCode() + ":" + vas.subscribedOn(),
                        vas.subscribedOn() + "开通的" + withFee(vas.serviceName(), vas.monthlyFeeFen(), "元/月")
                                + "未经您确认",
                        withFeeEn(vas.serviceName(), vas.monthlyFeeFen(), " yuan a month") + " started on "
                                + vas.subscribedOn() + " without a confirmation"));
            }
        }
        return found;
    }

    /** The latest churn score is at least {@code minProbability}. */
    static Optional<Detected> churnRiskHigh(SubscriberFacts f, MomentType t) {
        if (f.churnProbability() == null || f.churnProbability() < t.param("minProbability", 0.5)) {
            return Optional.empty();
        }
        long percent = Math.round(f.churnProbability() * 100);
        String reasonZh = f.churnReasonZh() == null ? "" : "：" + f.churnReasonZh();
        String reasonEn = f.churnReasonEn() == null ? "" : ": " + f.churnReasonEn();
        return Optional.of(new Detected(CHURN_RISK_HIGH, f.churnMonth(), "离网风险" + percent + "%" + reasonZh,
                "churn risk " + percent + "%" + reasonEn));
    }

    /** Each group account joined within the last {@code lookbackDays} days. */
    static List<Detected> groupNewMember(SubscriberFacts f, LocalDate day, MomentType t) {
        List<Detected> found = new ArrayList<>();
        for (SubscriberFacts.GroupJoin join : f.groupJoins()) {
            long age = ChronoUnit.DAYS.between(join.joinedOn(), day);
            if (age >= 0 && age <= t.param("lookbackDays", 30)) {
                found.add(new Detected(GROUP_NEW_MEMBER, "GROUP:" + join.groupId(),
                        join.joinedOn() + "加入" + join.groupName(), "joined " + join.groupName() + " on " + join.joinedOn()));
            }
        }
        return found;
    }

    /**
     * A plan of the same brand whose allowances cover the average use of the last {@code months}
     * months and whose fee is at least {@code minSavingYuan} below the average spend (the
     * cheapest such plan). A simple usage-against-plan rule until plan advice (capability 9) lands.
     */
    static Optional<Detected> betterPlan(SubscriberFacts f, LocalDate day, MomentType t, List<PlanOffer> plans) {
        int n = (int) t.param("months", 3);
        if (f.plan() == null || lastCompleteMonth(f, day).isEmpty() || f.months().size() < n) {
            return Optional.empty();
        }
        List<MonthUsage> recent = f.months().subList(f.months().size() - n, f.months().size());
        double voice = recent.stream().mapToInt(MonthUsage::voiceMinutes).average().orElse(0);
        double data = recent.stream().mapToInt(MonthUsage::dataMb).average().orElse(0);
        long spend = f.averageSpendFen(n);
        long minSaving = Math.round(t.param("minSavingYuan", 10) * 100);
        Optional<PlanOffer> better = plans.stream()
                .filter(p -> p.brand().equals(f.plan().brand()) && !p.code().equals(f.plan().code()))
                .filter(p -> p.voiceMinutes() >= voice && p.dataMb() >= data && p.feeFen() + minSaving <= spend)
                .min(Comparator.comparingLong(PlanOffer::feeFen).thenComparing(PlanOffer::code));
        if (better.isEmpty()) {
            return Optional.empty();
        }
        PlanOffer p = better.get();
        String saving = yuan(spend - p.feeFen());
        return Optional.of(new Detected(BETTER_PLAN, recent.getLast().month().toString(),
                "近" + n + "个月平均消费" + yuan(spend) + "元，改用" + withFee(p.name(), p.feeFen(), "元") + "每月约省"
                        + saving + "元",
                "spent " + yuan(spend) + " yuan a month on average over " + n + " months; " + withFeeEn(p.name(), p.feeFen(),
                        " yuan") + " would save about " + saving + " yuan a month"));
    }

    /** The month before {@code day}'s month, when the facts have it as their latest month. */
    static Optional<MonthUsage> lastCompleteMonth(SubscriberFacts f, LocalDate day) {
        if (f.months().isEmpty()) {
            return Optional.empty();
        }
        MonthUsage last = f.months().getLast();
        return last.month().equals(YearMonth.from(day).minusMonths(1)) ? Optional.of(last) : Optional.empty();
    }

    /** The next date on or after {@code day} with this month and day (29 February becomes 28 February in other years). */
    static LocalDate nextOccurrence(MonthDay monthDay, LocalDate day) {
        LocalDate thisYear = monthDay.atYear(day.getYear());
        return thisYear.isBefore(day) ? monthDay.atYear(day.getYear() + 1) : thisYear;
    }

    /** Whole yuan, rounded, for reasons people read. */
    /**
     * A plan's or service's name with its fee in brackets, unless the name already says the fee
     * ("全球通商旅套餐128元" stays as it is: "128元（128元）" said it twice).
     */
    static String withFee(String name, long fen, String unit) {
        return saysFee(name, fen) ? name : name + "（" + yuan(fen) + unit + "）";
    }

    static String withFeeEn(String name, long fen, String unit) {
        return saysFee(name, fen) ? name : name + " (" + yuan(fen) + unit + ")";
    }

    private static boolean saysFee(String name, long fen) {
        return name != null && java.util.regex.Pattern.compile("(?<![0-9.])" + yuan(fen) + "\\s*元").matcher(name).find();
    }

    static String yuan(long fen) {
        return String.valueOf(Math.round(fen / 100.0));
    }
}
