package io.manyi.churn.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads LightGBM's text model ({@code saveModelToString}, the {@code lightgbm.txt} of a model
 * file) into a {@link TreeEnsemble}. Supports what Manyi trains: one tree per iteration (binary
 * objective), constant leaves, numeric and categorical splits. Anything else (multiclass, linear
 * trees) is refused with {@link UnsupportedOperationException}, and the model then predicts
 * through LightGBM itself.
 */
final class LightGbmModelText {

    private LightGbmModelText() {
    }

    static TreeEnsemble parse(String text) {
        Map<String, String> header = new HashMap<>();
        List<Map<String, String>> trees = new ArrayList<>();
        Map<String, String> current = header;
        boolean averageOutput = false;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.equals("end of trees")) {
                break;
            }
            if (line.startsWith("Tree=")) {
                current = new HashMap<>();
                trees.add(current);
                continue;
            }
            if (line.equals("average_output")) {
                averageOutput = true;
                continue;
            }
            int equals = line.indexOf('=');
            if (equals > 0) {
                current.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        if (!header.containsKey("max_feature_idx")) {
            throw new IllegalArgumentException("not a LightGBM text model: no max_feature_idx");
        }
        if (Integer.parseInt(header.getOrDefault("num_tree_per_iteration", "1")) != 1) {
            throw new UnsupportedOperationException("more than one tree per iteration (multiclass)");
        }
        int features = Integer.parseInt(header.get("max_feature_idx")) + 1;
        return flatten(features, trees, averageOutput && !trees.isEmpty() ? 1.0 / trees.size() : 1.0);
    }

    /** One tree as in the file: internal nodes 0..n-2, leaves 0..n-1, children ~leaf when negative. */
    private record Tree(int[] feature, double[] threshold, int[] decision, int[] left, int[] right,
                        double[] leafValue, double[] leafCount, int[] catBoundaries, int[] catThreshold) {

        int internalNodes() {
            return feature.length;
        }
    }

    private static TreeEnsemble flatten(int features, List<Map<String, String>> blocks, double scale) {
        List<Tree> trees = blocks.stream().map(LightGbmModelText::tree).toList();
        int nodes = trees.stream().mapToInt(Tree::internalNodes).sum();
        int leaves = trees.stream().mapToInt(t -> t.leafValue().length).sum();
        int bits = trees.stream().mapToInt(t -> t.catThreshold().length).sum();
        int[] roots = new int[trees.size()];
        int[] splitFeature = new int[nodes];
        double[] threshold = new double[nodes];
        byte[] decision = new byte[nodes];
        int[] left = new int[nodes];
        int[] right = new int[nodes];
        int[] catStart = new int[nodes];
        int[] catWords = new int[nodes];
        int[] catBits = new int[bits];
        double[] nodeValue = new double[nodes];
        double[] leafValue = new double[leaves];
        int nodeBase = 0;
        int leafBase = 0;
        int bitBase = 0;
        for (int t = 0; t < trees.size(); t++) {
            Tree tree = trees.get(t);
            int n = tree.internalNodes();
            for (int l = 0; l < tree.leafValue().length; l++) {
                leafValue[leafBase + l] = tree.leafValue()[l] * scale;
            }
            roots[t] = n == 0 ? ~leafBase : nodeBase;
            for (int i = 0; i < n; i++) {
                int g = nodeBase + i;
                splitFeature[g] = tree.feature()[i];
                if (splitFeature[g] < 0 || splitFeature[g] >= features) {
                    throw new IllegalArgumentException("tree " + t + " splits on feature " + splitFeature[g]
                            + " of " + features);
                }
                decision[g] = (byte) tree.decision()[i];
                threshold[g] = tree.threshold()[i];
                left[g] = global(tree.left()[i], nodeBase, leafBase);
                right[g] = global(tree.right()[i], nodeBase, leafBase);
                if ((decision[g] & TreeEnsemble.CATEGORICAL) != 0) {
                    int category = (int) tree.threshold()[i];
                    catStart[g] = bitBase + tree.catBoundaries()[category];
                    catWords[g] = tree.catBoundaries()[category + 1] - tree.catBoundaries()[category];
                }
            }
            System.arraycopy(tree.catThreshold(), 0, catBits, bitBase, tree.catThreshold().length);
            if (n > 0) {
                expected(tree, 0, nodeBase, nodeValue, scale);
            }
            nodeBase += n;
            leafBase += tree.leafValue().length;
            bitBase += tree.catThreshold().length;
        }
        return new TreeEnsemble(features, roots, splitFeature, threshold, decision, left, right, catStart, catWords,
                catBits, nodeValue, leafValue);
    }

    private static int global(int child, int nodeBase, int leafBase) {
        return child >= 0 ? nodeBase + child : ~(leafBase + ~child);
    }

    /**
     * Fills the expected value of the subtree under {@code node}: its leaves' values weighted by
     * their training row counts, as LightGBM's TreeSHAP computes a tree's expected value (so the
     * path attribution and TreeSHAP share the base value). Returns {weighted sum, rows}.
     */
    private static double[] expected(Tree tree, int node, int nodeBase, double[] nodeValue, double scale) {
        double[] l = subtree(tree, tree.left()[node], nodeBase, nodeValue, scale);
        double[] r = subtree(tree, tree.right()[node], nodeBase, nodeValue, scale);
        double sum = l[0] + r[0];
        double rows = l[1] + r[1];
        double plainMean = (l[2] + r[2]) / (l[3] + r[3]);
        nodeValue[nodeBase + node] = rows > 0 ? sum / rows : plainMean;
        return new double[]{sum, rows, l[2] + r[2], l[3] + r[3]};
    }

    private static double[] subtree(Tree tree, int child, int nodeBase, double[] nodeValue, double scale) {
        if (child >= 0) {
            return expected(tree, child, nodeBase, nodeValue, scale);
        }
        double value = tree.leafValue()[~child] * scale;
        double rows = tree.leafCount()[~child];
        return new double[]{value * rows, rows, value, 1};
    }

    private static Tree tree(Map<String, String> block) {
        int leaves = Integer.parseInt(required(block, "num_leaves"));
        if ("1".equals(block.get("is_linear"))) {
            throw new UnsupportedOperationException("linear trees");
        }
        int n = leaves - 1;
        double[] leafValue = doubles(required(block, "leaf_value"), leaves);
        double[] leafCount = block.containsKey("leaf_count") ? doubles(block.get("leaf_count"), leaves) : new double[leaves];
        if (n == 0) {
            return new Tree(new int[0], new double[0], new int[0], new int[0], new int[0], leafValue, leafCount,
                    new int[0], new int[0]);
        }
        int cats = Integer.parseInt(block.getOrDefault("num_cat", "0"));
        int[] boundaries = cats > 0 ? ints(required(block, "cat_boundaries"), cats + 1) : new int[0];
        int[] bits = cats > 0 ? ints(required(block, "cat_threshold"), boundaries[cats]) : new int[0];
        return new Tree(ints(required(block, "split_feature"), n), doubles(required(block, "threshold"), n),
                ints(required(block, "decision_type"), n), ints(required(block, "left_child"), n),
                ints(required(block, "right_child"), n), leafValue, leafCount, boundaries, bits);
    }

    private static String required(Map<String, String> block, String key) {
        String value = block.get(key);
        if (value == null) {
            throw new IllegalArgumentException("LightGBM tree without " + key);
        }
        return value;
    }

    private static double[] doubles(String text, int expected) {
        String[] parts = text.isBlank() ? new String[0] : text.strip().split(" ");
        check(parts.length, expected);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(parts[i]);
        }
        return out;
    }

    /** C++ stream spellings of the non-finite values ("inf", "-inf", "nan") besides Java's. */
    private static double number(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            case "nan", "-nan" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    /** Integers; cat_threshold words are unsigned 32-bit, kept as the same bits in an int. */
    private static int[] ints(String text, int expected) {
        String[] parts = text.isBlank() ? new String[0] : text.strip().split(" ");
        check(parts.length, expected);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (int) Long.parseLong(parts[i]);
        }
        return out;
    }

    private static void check(int found, int expected) {
        if (found != expected) {
            throw new IllegalArgumentException("LightGBM tree: " + found + " values where " + expected + " expected");
        }
    }
}
