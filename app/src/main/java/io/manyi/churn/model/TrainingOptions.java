package io.manyi.churn.model;

/**
 * The knobs of a training run. {@link #defaults(int)} picks them from the number of training rows
 * (see docs/churn.md, "Defaults"): a small learning rate with early stopping so the number of
 * trees is found on held-out rows rather than guessed, small trees up to a few hundred thousand
 * rows, larger trees and a faster rate for millions.
 *
 * @param refitOnAll after early stopping on the validation rows, train again on training +
 *                   validation rows with 10% more trees (the generic CLI's random split wastes
 *                   20% of a small file otherwise); the monthly pipeline with its time-based
 *                   validation months may keep it off
 */
public record TrainingOptions(long seed, int threads, double learningRate, int numLeaves, int minDataInLeaf,
                              double featureFraction, double baggingFraction, double lambdaL2, int maxRounds,
                              int earlyStoppingRounds, double validationShare, boolean refitOnAll) {

    public static TrainingOptions defaults(int rows) {
        // Below ~50k rows the trees are built faster than OpenMP threads synchronise: one thread.
        int threads = rows < 50_000 ? 1 : availableThreads();
        if (rows < 300_000) {
            // Small trees, many small steps: measured against scikit-learn's default gradient
            // boosting on fresh seeds (docs/churn.md), 7 leaves beat 15 and 31 from 4,000 to 20,000 rows.
            return new TrainingOptions(42, threads, 0.03, 7, 20, 0.8, 0.8, 1.0, 3000, 150, 0.2, true);
        }
        return new TrainingOptions(42, threads, 0.1, 63, Math.max(100, rows / 5000), 0.8, 0.7, 1.0, 1000, 50, 0.2,
                false);
    }

    /** All cores, or the system property {@code manyi.churn.threads} when set. */
    public static int availableThreads() {
        return Integer.getInteger("manyi.churn.threads", Runtime.getRuntime().availableProcessors());
    }

    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(newSeed, threads, learningRate, numLeaves, minDataInLeaf, featureFraction,
                baggingFraction, lambdaL2, maxRounds, earlyStoppingRounds, validationShare, refitOnAll);
    }

    public TrainingOptions withMaxRounds(int rounds) {
        return new TrainingOptions(seed, threads, learningRate, numLeaves, minDataInLeaf, featureFraction,
                baggingFraction, lambdaL2, rounds, earlyStoppingRounds, validationShare, refitOnAll);
    }

    /** LightGBM's booster parameters. */
    String boosterParameters() {
        return String.join(" ",
                "objective=binary", "metric=binary_logloss", "boosting=gbdt",
                "learning_rate=" + learningRate, "num_leaves=" + numLeaves, "min_data_in_leaf=" + minDataInLeaf,
                "feature_fraction=" + featureFraction, "bagging_fraction=" + baggingFraction,
                "bagging_freq=" + (baggingFraction < 1 ? 1 : 0), "lambda_l2=" + lambdaL2,
                "max_cat_to_onehot=4", "cat_smooth=10", "cat_l2=10", "min_data_per_group=50",
                "seed=" + seed, "deterministic=true", "force_row_wise=true", "num_threads=" + threads,
                "verbosity=-1");
    }
}
