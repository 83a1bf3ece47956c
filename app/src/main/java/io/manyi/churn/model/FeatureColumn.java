package io.manyi.churn.model;

import java.util.List;

/**
 * One input of the model. A numeric column passes its value; a categorical one passes the index
 * of its level in {@code levels} (the dictionary fixed at training time, stored in the model so a
 * new file maps identically; a level never seen in training is missing).
 */
public record FeatureColumn(String name, boolean categorical, List<String> levels) {

    public FeatureColumn {
        levels = categorical ? List.copyOf(levels) : List.of();
    }

    public static FeatureColumn numeric(String name) {
        return new FeatureColumn(name, false, List.of());
    }

    public static FeatureColumn categorical(String name, List<String> levels) {
        return new FeatureColumn(name, true, levels);
    }

    /** A value of this feature as a person reads it: the level, or the number without trailing zeros. */
    public String display(float value) {
        if (Float.isNaN(value)) {
            return null;
        }
        if (categorical) {
            int code = (int) value;
            return code >= 0 && code < levels.size() ? levels.get(code) : null;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        String text = String.format(java.util.Locale.ROOT, "%.2f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
