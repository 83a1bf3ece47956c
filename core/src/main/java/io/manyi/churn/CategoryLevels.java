package io.manyi.churn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed level list of a categorical feature (brands, cities) as the model knows it: a value's
 * index in the list, or NaN for a value the model never saw.
 */
public final class CategoryLevels {

    private final List<String> levels;
    private final Map<String, Integer> index = new HashMap<>();
    private final boolean growing;

    public CategoryLevels(List<String> levels) {
        this(levels, false);
    }

    private CategoryLevels(List<String> levels, boolean growing) {
        this.levels = new java.util.ArrayList<>(levels);
        this.growing = growing;
        for (int i = 0; i < this.levels.size(); i++) {
            index.put(this.levels.get(i), i);
        }
    }

    /** Levels learned while training: a new value becomes the next level (in order of first sight). */
    public static CategoryLevels growing() {
        return new CategoryLevels(List.of(), true);
    }

    public List<String> levels() {
        return List.copyOf(levels);
    }

    public float code(String value) {
        if (value == null) {
            return Float.NaN;
        }
        Integer i = index.get(value);
        if (i == null && growing) {
            i = levels.size();
            levels.add(value);
            index.put(value, i);
        }
        return i == null ? Float.NaN : i;
    }

    public String level(float code) {
        if (Float.isNaN(code)) {
            return null;
        }
        int i = (int) code;
        return i >= 0 && i < levels.size() ? levels.get(i) : null;
    }
}
