package io.manyi.churn.model;

/**
 * A scored matrix: per row the calibrated probability, the raw score, and the features behind
 * its reasons (path attribution), {@code reasonCount} slots a row, most important first, -1 in an
 * unused slot. Slot selection is {@link Reasons}'s rule: the features that raise the risk most;
 * when none does, the one that moves it most, whatever its sign (read the sign of its value).
 * Compact on purpose: a million rows keep three ints and three doubles each, not one double per
 * feature.
 */
public record ScoredRows(int rows, int reasonCount, double[] probabilities, double[] rawScores,
                         int[] reasonFeatures, double[] reasonContributions) {

    /** Feature index of the row's k-th reason, or -1. */
    public int reasonFeature(int row, int k) {
        return reasonFeatures[row * reasonCount + k];
    }

    /** Contribution (log-odds) of the row's k-th reason: positive raises the risk. */
    public double reasonContribution(int row, int k) {
        return reasonContributions[row * reasonCount + k];
    }
}
