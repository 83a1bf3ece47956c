package io.manyi.churn.model;

/**
 * LightGBM's trees as flat primitive arrays, walked in Java: the same raw scores as LightGBM's
 * own prediction (same decisions for numeric splits with their missing-value type and default
 * direction, and for categorical splits with their bitsets), and a per-row path attribution for
 * reasons at the cost of a prediction. Built from LightGBM's model text by {@link LightGbmModelText}.
 *
 * <p>Layout: all trees' internal nodes in one set of arrays, all leaves in another. A child
 * index {@code >= 0} is an internal node, a negative one {@code ~leaf}. {@code roots[t]} is tree
 * t's root (negative for a tree that is a single leaf). Immutable and thread-safe.
 */
public final class TreeEnsemble {

    static final int CATEGORICAL = 1;
    static final int DEFAULT_LEFT = 2;
    static final int MISSING_ZERO = 1;
    static final int MISSING_NAN = 2;
    /** LightGBM's kZeroThreshold (a float). */
    private static final double ZERO = 1e-35f;

    private final int features;
    private final int[] roots;
    private final int[] splitFeature;
    private final double[] threshold;
    private final byte[] decision;
    private final int[] left;
    private final int[] right;
    private final int[] catStart;
    private final int[] catWords;
    private final int[] catBits;
    /** Expected raw output of each internal node: its leaves' values weighted by training rows. */
    private final double[] nodeValue;
    private final double[] leafValue;
    /** Sum over trees of the root's expected value: the raw score of "the average subscriber". */
    private final double expectedValue;

    TreeEnsemble(int features, int[] roots, int[] splitFeature, double[] threshold, byte[] decision, int[] left,
                 int[] right, int[] catStart, int[] catWords, int[] catBits, double[] nodeValue, double[] leafValue) {
        this.features = features;
        this.roots = roots;
        this.splitFeature = splitFeature;
        this.threshold = threshold;
        this.decision = decision;
        this.left = left;
        this.right = right;
        this.catStart = catStart;
        this.catWords = catWords;
        this.catBits = catBits;
        this.nodeValue = nodeValue;
        this.leafValue = leafValue;
        double expected = 0;
        for (int root : roots) {
            expected += root >= 0 ? nodeValue[root] : leafValue[~root];
        }
        this.expectedValue = expected;
    }

    /** Number of input features the trees were trained on (LightGBM's max_feature_idx + 1). */
    public int features() {
        return features;
    }

    public int trees() {
        return roots.length;
    }

    public double expectedValue() {
        return expectedValue;
    }

    /** The raw score (log-odds) of the row starting at {@code values[base]}. */
    public double rawScore(float[] values, int base) {
        double sum = 0;
        for (int root : roots) {
            int node = root;
            while (node >= 0) {
                node = next(node, values[base + splitFeature[node]]);
            }
            sum += leafValue[~node];
        }
        return sum;
    }

    /**
     * Path attribution ("Saabas"): walking each tree, the change in the expected value from a node
     * to the child the row takes is credited to the node's split feature. Adds into
     * {@code contributions[outBase + feature]} (the caller zeroes it) and returns the raw score;
     * the added values sum to raw score - {@link #expectedValue()}.
     */
    public double pathContributions(float[] values, int base, double[] contributions, int outBase) {
        double sum = 0;
        for (int root : roots) {
            int node = root;
            while (node >= 0) {
                int child = next(node, values[base + splitFeature[node]]);
                double childValue = child >= 0 ? nodeValue[child] : leafValue[~child];
                contributions[outBase + splitFeature[node]] += childValue - nodeValue[node];
                node = child;
            }
            sum += leafValue[~node];
        }
        return sum;
    }

    /** LightGBM's Tree::Decision on raw values: NumericalDecision or CategoricalDecision. */
    private int next(int node, float value) {
        double fval = value;
        int type = decision[node];
        if ((type & CATEGORICAL) != 0) {
            if (Double.isNaN(fval)) {
                return right[node];
            }
            int category = (int) fval;
            if (category < 0) {
                return right[node];
            }
            int word = category >>> 5;
            if (word >= catWords[node]) {
                return right[node];
            }
            return ((catBits[catStart[node] + word] >>> (category & 31)) & 1) != 0 ? left[node] : right[node];
        }
        int missing = (type >> 2) & 3;
        if (Double.isNaN(fval) && missing != MISSING_NAN) {
            fval = 0;
        }
        if ((missing == MISSING_ZERO && fval >= -ZERO && fval <= ZERO)
                || (missing == MISSING_NAN && Double.isNaN(fval))) {
            return (type & DEFAULT_LEFT) != 0 ? left[node] : right[node];
        }
        return fval <= threshold[node] ? left[node] : right[node];
    }
}
