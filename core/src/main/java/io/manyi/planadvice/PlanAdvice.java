package io.manyi.planadvice;

/**
 * What the advice says for one subscriber.
 *
 * @param segment            the usage segment of the averaged months
 * @param monthsUsed         how many months were averaged
 * @param average            the monthly average usage
 * @param current            the plan held now
 * @param currentCostFen     what the subscriber pays: the average of their bills over the months used
 * @param kind               SAVE (a plan costs less), FIT (a plan fits the segment better for about the same), KEEP
 * @param suggested          the advised plan, null for KEEP
 * @param suggestedCostFen   the estimate of the average month on it: the bill changed by the plans' difference (0 for KEEP)
 * @param savingFen          current minus suggested cost a month: positive saves, negative costs more (0 for KEEP)
 * @param extraMinutes       minutes of allowance gained (negative: lost)
 * @param extraDataMb        MB of allowance gained (negative: lost)
 * @param dataAddOn          a data add-on is worth offering (data-service lovers, or data beyond the allowance)
 */
public record PlanAdvice(UsageSegment segment, int monthsUsed, MonthlyUsage average, CatalogPlan current,
                         long currentCostFen, Kind kind, CatalogPlan suggested, long suggestedCostFen, long savingFen,
                         int extraMinutes, int extraDataMb, boolean dataAddOn) {

    public enum Kind { SAVE, FIT, KEEP }
}
