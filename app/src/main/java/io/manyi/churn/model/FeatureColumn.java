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
        if (Math.abs(value) >= 1e15 || Float.isInfinite(value)) {
            return Float.toString(value);
        }
        // Two decimals, trailing zeros dropped: by hand, as String.format and a regex cost
        // microseconds and every scored subscriber gets reason sentences in two languages.
        long hundredths = Math.round(Math.abs((double) value) * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder text = new StringBuilder(16);
        if (value < 0) {
            text.append('-');
        }
        text.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            text.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                text.append(fraction % 10);
            }
        }
        return text.toString();
    }
}
