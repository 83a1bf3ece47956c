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

    public Reasons(List<FeatureColumn> columns, FeatureNames names, Language language, int count) {
        this.columns = List.copyOf(columns);
        this.names = names;
        this.language = language;
        this.count = count;
    }

    /**
     * The reasons of one row.
     *
     * @param contributions as from {@link GradientBoostedModel#contributions}, {@code width + 1} a row
     * @param values        the feature matrix's values
     */
    public List<String> of(double[] contributions, float[] values, int row) {
        int width = columns.size();
        int base = row * (width + 1);
        int[] top = new int[count];
        java.util.Arrays.fill(top, -1);
        for (int c = 0; c < width; c++) {
            double v = contributions[base + c];
            if (v <= 0) {
                continue;
            }
            for (int k = 0; k < count; k++) {
                if (top[k] < 0 || v > contributions[base + top[k]]) {
                    System.arraycopy(top, k, top, k + 1, count - k - 1);
                    top[k] = c;
                    break;
                }
            }
        }
        List<String> reasons = new ArrayList<>(count);
        for (int k = 0; k < count && top[k] >= 0; k++) {
            reasons.add(sentence(top[k], values[row * width + top[k]], true));
        }
        if (reasons.isEmpty()) {
            int strongest = 0;
            for (int c = 1; c < width; c++) {
                if (Math.abs(contributions[base + c]) > Math.abs(contributions[base + strongest])) {
                    strongest = c;
                }
            }
            reasons.add(sentence(strongest, values[row * width + strongest], contributions[base + strongest] > 0));
        }
        return reasons;
    }

    private String sentence(int column, float value, boolean raises) {
        FeatureColumn feature = columns.get(column);
        String name = names.name(feature, language);
        String shown = names.value(feature, value, language);
        return switch (language) {
            case EN -> name + " = " + (shown == null ? "missing" : shown)
                    + (raises ? " raises the risk" : " lowers the risk");
            case ZH -> name + "为" + (shown == null ? "缺失" : shown) + (raises ? "，流失风险上升" : "，流失风险下降");
        };
    }
}
