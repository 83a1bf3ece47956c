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

    /** How a node routes, decided once when the model is read: most nodes take the plain test. */
    private static final int PLAIN = 0;           // numeric, NaN goes right: v <= threshold
    private static final int NAN_LEFT = 1;        // numeric, NaN goes left: v <= threshold or NaN
    private static final int SLOW = 2;            // categorical, or zero counts as missing

    private final int features;
    private final int[] roots;
    /** Four ints a node, together for locality: split feature, left child, right child, routing (PLAIN ...). */
    private final int[] info;
    private final double[] threshold;
    private final byte[] decision;
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
        this.threshold = threshold;
        this.decision = decision;
        this.catStart = catStart;
        this.catWords = catWords;
        this.catBits = catBits;
        this.nodeValue = nodeValue;
        this.leafValue = leafValue;
        this.info = new int[splitFeature.length * 4];
        for (int n = 0; n < splitFeature.length; n++) {
            info[4 * n] = splitFeature[n];
            info[4 * n + 1] = left[n];
            info[4 * n + 2] = right[n];
            info[4 * n + 3] = routing(decision[n], threshold[n]);
        }
        double expected = 0;
        for (int root : roots) {
            expected += root >= 0 ? nodeValue[root] : leafValue[~root];
        }
        this.expectedValue = expected;
    }

    /** Where LightGBM sends a NaN at a numeric node, so the hot loop needs one comparison. */
    private static int routing(byte type, double threshold) {
        if ((type & CATEGORICAL) != 0) {
            return SLOW;
        }
        int missing = (type >> 2) & 3;
        if (missing == MISSING_ZERO) {
            return SLOW;
        }
        boolean nanLeft = missing == MISSING_NAN ? (type & DEFAULT_LEFT) != 0 : 0 <= threshold; // None: NaN is read as 0
        return nanLeft ? NAN_LEFT : PLAIN;
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
                node = next(node, values, base);
            }
            sum += leafValue[~node];
        }
        return sum;
    }

    /**
     * Raw scores of rows {@code from..to} (exclusive) of a row-major matrix into {@code out[outBase..]},
     * tree by tree: a tree's nodes stay in the first-level cache while a few dozen rows walk it.
     * Each row's trees are summed in the same order as {@link #rawScore}, so the results are identical.
     */
    public void rawScores(float[] values, int width, int from, int to, double[] out, int outBase) {
        java.util.Arrays.fill(out, outBase, outBase + to - from, 0);
        for (int root : roots) {
            if (root < 0) {
                double leaf = leafValue[~root];
                for (int r = from; r < to; r++) {
                    out[outBase + r - from] += leaf;
                }
                continue;
            }
            for (int r = from; r < to; r++) {
                int base = r * width;
                int node = root;
                while (node >= 0) {
                    node = next(node, values, base);
                }
                out[outBase + r - from] += leafValue[~node];
            }
        }
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
                int child = next(node, values, base);
                double childValue = child >= 0 ? nodeValue[child] : leafValue[~child];
                contributions[outBase + info[4 * node]] += childValue - nodeValue[node];
                node = child;
            }
            sum += leafValue[~node];
        }
        return sum;
    }

    /**
     * {@link #pathContributions(float[], int, double[], int)} for rows {@code from..to}, tree by
     * tree: row r adds into {@code contributions[(r - from) * stride + feature]} (zeroed by the
     * caller) and its raw score goes to {@code raw[rawBase + r - from]}.
     */
    public void pathContributions(float[] values, int width, int from, int to, double[] contributions, int stride,
                                  double[] raw, int rawBase) {
        java.util.Arrays.fill(raw, rawBase, rawBase + to - from, 0);
        for (int root : roots) {
            for (int r = from; r < to; r++) {
                int base = r * width;
                int out = (r - from) * stride;
                int node = root;
                while (node >= 0) {
                    int child = next(node, values, base);
                    double childValue = child >= 0 ? nodeValue[child] : leafValue[~child];
                    contributions[out + info[4 * node]] += childValue - nodeValue[node];
                    node = child;
                }
                raw[rawBase + r - from] += leafValue[~node];
            }
        }
    }

    private int next(int node, float[] values, int base) {
        int i = 4 * node;
        float v = values[base + info[i]];
        switch (info[i + 3]) {
            case PLAIN:
                return v <= threshold[node] ? info[i + 1] : info[i + 2];
            case NAN_LEFT:
                return v <= threshold[node] || v != v ? info[i + 1] : info[i + 2];
            default:
                return decide(node, v);
        }
    }

    /** LightGBM's Tree::Decision on raw values: NumericalDecision or CategoricalDecision. */
    private int decide(int node, float value) {
        int left = info[4 * node + 1];
        int right = info[4 * node + 2];
        double fval = value;
        int type = decision[node];
        if ((type & CATEGORICAL) != 0) {
            if (Double.isNaN(fval)) {
                return right;
            }
            int category = (int) fval;
            if (category < 0) {
                return right;
            }
            int word = category >>> 5;
            if (word >= catWords[node]) {
                return right;
            }
            return ((catBits[catStart[node] + word] >>> (category & 31)) & 1) != 0 ? left : right;
        }
        int missing = (type >> 2) & 3;
        if (Double.isNaN(fval) && missing != MISSING_NAN) {
            fval = 0;
        }
        if ((missing == MISSING_ZERO && fval >= -ZERO && fval <= ZERO)
                || (missing == MISSING_NAN && Double.isNaN(fval))) {
            return (type & DEFAULT_LEFT) != 0 ? left : right;
        }
        return fval <= threshold[node] ? left : right;
    }
}
