package io.manyi.churn.model;

import io.manyi.churn.model.FeatureNames.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a row's contributions into the top reasons a person can read: the features that raise
 * this subscriber's risk most ("Contract = Month-to-month raises the risk" /
 * "Contract为Month-to-month，流失风险上升"). When nothing raises it above the average, the one
 * feature that moves it most is named with the direction it pushes, so there is always a reason.
 */
public final class Reasons {

    private final List<FeatureColumn> columns;
    private final FeatureNames names;
    private final Language language;
    private final int count;
    /** Each column's name in this language, asked once (a sentence is built for every scored row). */
    private final String[] columnNames;

    public Reasons(List<FeatureColumn> columns, FeatureNames names, Language language, int count) {
        this.columns = List.copyOf(columns);
        this.names = names;
        this.language = language;
        this.count = count;
        this.columnNames = this.columns.stream().map(c -> names.name(c, language)).toArray(String[]::new);
    }

    /**
     * The reasons of one row from a full contribution matrix: TreeSHAP
     * ({@link GradientBoostedModel#contributions}) or path attribution
     * ({@link GradientBoostedModel#reasonContributions}), both {@code width + 1} values a row.
     *
     * @param values the feature matrix's values
     */
    public List<String> of(double[] contributions, float[] values, int row) {
        int width = columns.size();
        int[] features = new int[count];
        double[] picked = new double[count];
        pick(contributions, row * (width + 1), width, count, features, picked, 0);
        return sentences(features, picked, 0, count, values, row);
    }

    /** The reasons of one row of a {@link Scorer#score} result (at most this one's count). */
    public List<String> of(ScoredRows scored, float[] values, int row) {
        return sentences(scored.reasonFeatures(), scored.reasonContributions(), row * scored.reasonCount(),
                Math.min(count, scored.reasonCount()), values, row);
    }

    private List<String> sentences(int[] features, double[] contributions, int from, int limit, float[] values, int row) {
        int width = columns.size();
        List<String> reasons = new ArrayList<>(count);
        for (int k = 0; k < limit && features[from + k] >= 0; k++) {
            int column = features[from + k];
            reasons.add(sentence(column, values[row * width + column], contributions[from + k] > 0));
        }
        return reasons;
    }

    /**
     * Chooses a row's reasons: the {@code count} features with the largest positive contributions
     * (those that raise this subscriber's risk above the average), most first; when none is
     * positive, the single feature that moves the score most, whatever its direction. Writes
     * feature indexes (-1 for an unused slot) and contributions at {@code out}.
     */
    static void pick(double[] contributions, int base, int width, int count, int[] features, double[] values, int out) {
        for (int k = 0; k < count; k++) {
            features[out + k] = -1;
            values[out + k] = 0;
        }
        for (int c = 0; c < width; c++) {
            double v = contributions[base + c];
            if (v <= 0) {
                continue;
            }
            for (int k = 0; k < count; k++) {
                if (features[out + k] < 0 || v > values[out + k]) {
                    System.arraycopy(features, out + k, features, out + k + 1, count - k - 1);
                    System.arraycopy(values, out + k, values, out + k + 1, count - k - 1);
                    features[out + k] = c;
                    values[out + k] = v;
                    break;
                }
            }
        }
        if (count > 0 && features[out] < 0 && width > 0) {
            int strongest = 0;
            for (int c = 1; c < width; c++) {
                if (Math.abs(contributions[base + c]) > Math.abs(contributions[base + strongest])) {
                    strongest = c;
                }
            }
            features[out] = strongest;
            values[out] = contributions[base + strongest];
        }
    }

    private String sentence(int column, float value, boolean raises) {
        FeatureColumn feature = columns.get(column);
        String name = columnNames[column];
        String shown = names.value(feature, value, language);
        return switch (language) {
            case EN -> name + " = " + (shown == null ? "missing" : shown)
                    + (raises ? " raises the risk" : " lowers the risk");
            case ZH -> name + "为" + (shown == null ? "缺失" : shown) + (raises ? "，流失风险上升" : "，流失风险下降");
        };
    }
}
