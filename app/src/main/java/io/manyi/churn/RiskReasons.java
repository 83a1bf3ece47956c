package io.manyi.churn;

import io.manyi.churn.model.FeatureColumn;
import java.util.List;

/**
 * The top reasons of a scored row from the model's contributions: the features that raise this
 * subscriber's risk most, each said as a {@link ReasonSentences} sentence in English and Chinese.
 * When nothing raises it, the feature that moves it most is named, so there is always a reason.
 */
public final class RiskReasons {

    public static final int COUNT = 3;

    private final CategoryLevels brands;
    private final CategoryLevels cities;

    public RiskReasons(List<FeatureColumn> columns) {
        this.brands = new CategoryLevels(columns.get(ChurnFeature.BRAND.ordinal()).levels());
        this.cities = new CategoryLevels(columns.get(ChurnFeature.CITY.ordinal()).levels());
    }

    public CategoryLevels brands() {
        return brands;
    }

    public CategoryLevels cities() {
        return cities;
    }

    /**
     * Fills {@code top} with the columns of the row's strongest reasons, strongest first; returns how many.
     *
     * @param contributions {@code width + 1} values a row, the last the expected value
     */
    public static int top(double[] contributions, int row, int width, int[] top) {
        int base = row * (width + 1);
        int found = 0;
        for (int c = 0; c < width; c++) {
            double v = contributions[base + c];
            if (v <= 0) {
                continue;
            }
            int pos;
            if (found < top.length) {
                pos = found++;
            } else if (v > contributions[base + top[top.length - 1]]) {
                pos = top.length - 1;
            } else {
                continue;
            }
            while (pos > 0 && contributions[base + top[pos - 1]] < v) {
                top[pos] = top[pos - 1];
                pos--;
            }
            top[pos] = c;
        }
        if (found == 0) {
            int strongest = 0;
            for (int c = 1; c < width; c++) {
                if (Math.abs(contributions[base + c]) > Math.abs(contributions[base + strongest])) {
                    strongest = c;
                }
            }
            top[0] = strongest;
            found = 1;
        }
        return found;
    }

    public String en(int column, float value) {
        return ReasonSentences.en(ChurnFeature.at(column), value, brands, cities);
    }

    public String zh(int column, float value) {
        return ReasonSentences.zh(ChurnFeature.at(column), value, brands, cities);
    }
}
