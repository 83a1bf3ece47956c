package io.manyi.planadvice;

/**
 * The seeds' usage segments and the plan category each is best served by.
 */
public enum UsageSegment {
    /** Heavy data and roaming: a data plan. */
    DATA_ROAMER("DATA"),
    /** Voice and roaming: a business-travel plan (national roaming included). */
    VOICE_ROAMER("BUSINESS_TRAVEL"),
    /** Calls mostly local: a local plan. */
    LOCAL_VOICE("LOCAL"),
    /** Spends on data services (value-added services): data add-ons, or a data plan. */
    DATA_SERVICES("DATA"),
    /** None of the above: whatever costs least for the usage. */
    GENERAL(null);

    private final String planCategory;

    UsageSegment(String planCategory) {
        this.planCategory = planCategory;
    }

    /** The {@code plans.category} that fits the segment; null for {@link #GENERAL}. */
    public String planCategory() {
        return planCategory;
    }
}
