package io.manyi.loyalty;

/** Redemption is open when the qualifying points of the current or the previous cycle reach the threshold. */
public final class Eligibility {

    private Eligibility() {
    }

    public static boolean eligible(long qualifyingThisCycle, long qualifyingPreviousCycle, LoyaltyRules rules) {
        return Math.max(qualifyingThisCycle, qualifyingPreviousCycle) >= rules.eligibilityThreshold();
    }
}
