package io.manyi.churn;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Small hand-made facts for the tests: a steady subscriber over 8 months from 2026-01. */
final class Subscribers {

    static final YearMonth FIRST = YearMonth.of(2026, 1);
    static final int MONTHS = 8;
    static final CategoryLevels BRANDS = new CategoryLevels(List.of("GOTONE", "MZONE", "EASYOWN"));
    static final CategoryLevels CITIES = new CategoryLevels(List.of("广州", "深圳"));

    private Subscribers() {
    }

    static ChurnFacts steady() {
        ChurnFacts f = new ChurnFacts(FIRST, MONTHS);
        f.reset("13800000001");
        f.brand = "MZONE";
        f.city = "深圳";
        f.planCode = "MZ-DATA-38";
        f.activatedOn = LocalDate.of(2020, 3, 15);
        for (int m = 0; m < MONTHS; m++) {
            f.usage(m, 10_000, 300, 30, 100, 4000, 500, 20, 0, 50, 10);
        }
        return f;
    }

    static float[] features(ChurnFacts f, int t) {
        float[] out = new float[ChurnFeatures.WIDTH];
        new ChurnFeatures(BRANDS, CITIES, f.months).compute(f, t, out, 0);
        return out;
    }

    static float value(float[] features, ChurnFeature feature) {
        return features[feature.ordinal()];
    }
}
