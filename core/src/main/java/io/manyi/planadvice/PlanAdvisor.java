package io.manyi.planadvice;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Plan advice as pure functions: the usage segment of a subscriber's recent months, what each
 * plan of the catalog would have cost for that usage, and the plan to suggest.
 *
 * <p>The current cost is what the subscriber pays: the average of their bills over the months
 * used. (It used to be the catalog model's price of the current plan for the usage, which charges
 * every MB beyond the allowance: for a subscriber using 60 GB a month on a 1 GB plan that said
 * "¥774 a month" while the bills were ¥203-347.) Another plan's cost is estimated from the bill:
 * the bill changed by what the change of plan changes in the model (the fee and the usage beyond
 * the allowance), never below that plan's fee plus the value-added services the bill carries.
 *
 * <p>The suggestion: the plan with the lowest modelled cost if it saves at least
 * {@code minimumSavingFen} a month (SAVE); otherwise the cheapest plan of the segment's category if
 * the subscriber is not on one and it costs at most {@code fitToleranceFen} more (FIT); otherwise
 * KEEP.
 */
public final class PlanAdvisor {

    private PlanAdvisor() {
    }

    /** The average of the months given (newest first or any order); empty when there are none. */
    public static Optional<MonthlyUsage> average(List<MonthlyUsage> months) {
        if (months.isEmpty()) {
            return Optional.empty();
        }
        long spend = 0, local = 0, longDistance = 0, roaming = 0, sms = 0, data = 0, vas = 0;
        for (MonthlyUsage m : months) {
            spend += m.spendFen();
            local += m.localMinutes();
            longDistance += m.longDistanceMinutes();
            roaming += m.roamingMinutes();
            sms += m.sms();
            data += m.dataMb();
            vas += m.vasSpendFen();
        }
        int n = months.size();
        return Optional.of(new MonthlyUsage(Math.round((double) spend / n), (int) Math.round((double) local / n),
                (int) Math.round((double) longDistance / n), (int) Math.round((double) roaming / n),
                (int) Math.round((double) sms / n), (int) Math.round((double) data / n), Math.round((double) vas / n)));
    }

    public static UsageSegment segment(MonthlyUsage usage, PlanAdviceRules rules) {
        int voice = usage.voiceMinutes();
        boolean roamer = usage.roamingMinutes() >= rules.roamingMinutes()
                && usage.roamingMinutes() >= rules.roamingShare() * voice;
        if (roamer && usage.dataMb() >= rules.heavyDataMb()) {
            return UsageSegment.DATA_ROAMER;
        }
        if (roamer) {
            return UsageSegment.VOICE_ROAMER;
        }
        if (usage.vasSpendFen() >= rules.dataServicesFen()) {
            return UsageSegment.DATA_SERVICES;
        }
        if (voice > 0 && usage.localMinutes() >= rules.localShare() * voice && usage.dataMb() < rules.heavyDataMb()) {
            return UsageSegment.LOCAL_VOICE;
        }
        return UsageSegment.GENERAL;
    }

    /** What {@code usage} costs a month on {@code plan}: the fee plus everything beyond its allowance. */
    public static long cost(CatalogPlan plan, MonthlyUsage usage, PlanAdviceRules rules) {
        long cost = plan.monthlyFeeFen();
        cost += Math.max(0, usage.voiceMinutes() - plan.voiceMinutes()) * rules.voiceOverageFen();
        if (!"BUSINESS_TRAVEL".equals(plan.category())) {
            cost += (long) usage.roamingMinutes() * rules.roamingSurchargeFen();
        }
        cost += Math.max(0, usage.dataMb() - plan.dataMb()) * rules.dataOverageFenPerMb();
        cost += Math.max(0, usage.sms() - plan.sms()) * rules.smsOverageFen();
        return cost;
    }

    /** What the subscriber pays now: the average of the bills of the months used. */
    public static long currentCost(MonthlyUsage usage) {
        return usage.spendFen();
    }

    /**
     * What the average month would cost on {@code plan} for a subscriber on {@code current}: the bill,
     * plus the model's difference between the two plans for the usage, at least the plan's fee plus
     * the value-added spend (which no plan changes). The current plan's estimate is the bill itself.
     */
    public static long estimate(CatalogPlan plan, CatalogPlan current, MonthlyUsage usage, PlanAdviceRules rules) {
        long bill = currentCost(usage);
        if (plan.code().equals(current.code())) {
            return bill;
        }
        long changed = bill + cost(plan, usage, rules) - cost(current, usage, rules);
        return Math.max(plan.monthlyFeeFen() + usage.vasSpendFen(), changed);
    }

    /**
     * The advice for a subscriber on {@code current}, from their recent months.
     *
     * @return empty when there is no usage to go by
     */
    public static Optional<PlanAdvice> advise(CatalogPlan current, List<MonthlyUsage> recentMonths,
                                              List<CatalogPlan> catalog, PlanAdviceRules rules) {
        List<MonthlyUsage> used = recentMonths.subList(0, Math.min(rules.months(), recentMonths.size()));
        Optional<MonthlyUsage> average = average(used);
        if (average.isEmpty()) {
            return Optional.empty();
        }
        MonthlyUsage usage = average.get();
        UsageSegment segment = segment(usage, rules);
        long currentCost = currentCost(usage);
        List<CatalogPlan> candidates = catalog.stream()
                .filter(p -> !rules.sameBrandOnly() || p.brand().equals(current.brand()))
                .filter(p -> !p.code().equals(current.code()))
                .toList();
        // Ties go to the plan with the larger allowance, then the code, so the answer is stable.
        Comparator<CatalogPlan> byCost = Comparator.<CatalogPlan>comparingLong(p -> estimate(p, current, usage, rules))
                .thenComparing(Comparator.comparingLong(CatalogPlan::monthlyFeeFen).reversed())
                .thenComparing(CatalogPlan::code);
        boolean dataAddOn = segment == UsageSegment.DATA_SERVICES || usage.dataMb() > current.dataMb();
        Optional<CatalogPlan> cheapest = candidates.stream().min(byCost);
        if (cheapest.isPresent() && currentCost - estimate(cheapest.get(), current, usage, rules) >= rules.minimumSavingFen()) {
            return Optional.of(advice(segment, used.size(), usage, current, currentCost, PlanAdvice.Kind.SAVE,
                    cheapest.get(), rules, dataAddOn));
        }
        String category = segment.planCategory();
        if (category != null && !category.equals(current.category())) {
            Optional<CatalogPlan> fitting = candidates.stream().filter(p -> category.equals(p.category())).min(byCost);
            if (fitting.isPresent() && estimate(fitting.get(), current, usage, rules) - currentCost <= rules.fitToleranceFen()) {
                return Optional.of(advice(segment, used.size(), usage, current, currentCost, PlanAdvice.Kind.FIT,
                        fitting.get(), rules, dataAddOn));
            }
        }
        return Optional.of(new PlanAdvice(segment, used.size(), usage, current, currentCost, PlanAdvice.Kind.KEEP, null,
                0, 0, 0, 0, dataAddOn));
    }

    private static PlanAdvice advice(UsageSegment segment, int months, MonthlyUsage usage, CatalogPlan current,
                                     long currentCost, PlanAdvice.Kind kind, CatalogPlan suggested,
                                     PlanAdviceRules rules, boolean dataAddOn) {
        long suggestedCost = estimate(suggested, current, usage, rules);
        boolean addOnStillWorth = dataAddOn && usage.dataMb() > suggested.dataMb();
        return new PlanAdvice(segment, months, usage, current, currentCost, kind, suggested, suggestedCost,
                currentCost - suggestedCost, suggested.voiceMinutes() - current.voiceMinutes(),
                suggested.dataMb() - current.dataMb(),
                addOnStillWorth || segment == UsageSegment.DATA_SERVICES);
    }
}
