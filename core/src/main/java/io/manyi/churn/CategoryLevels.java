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

    public CategoryLevels(List<String> levels) {
        this.levels = List.copyOf(levels);
        for (int i = 0; i < this.levels.size(); i++) {
            index.put(this.levels.get(i), i);
        }
    }

    public List<String> levels() {
        return levels;
    }

    public float code(String value) {
        Integer i = value == null ? null : index.get(value);
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
