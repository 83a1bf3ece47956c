package io.manyi.province;

import java.time.YearMonth;

/** Provinces shared by the tests: generated once per test JVM. */
final class Provinces {

    static final ProvinceSpec MEDIUM = new ProvinceSpec(20_000, YearMonth.of(2026, 10), 13, 20_261_122L);

    private static CollectingSink medium;

    private Provinces() {
    }

    static synchronized CollectingSink medium() {
        if (medium == null) {
            medium = CollectingSink.generate(MEDIUM);
        }
        return medium;
    }
}
