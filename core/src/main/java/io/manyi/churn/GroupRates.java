package io.manyi.churn;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Historical churn rates of the composite score's groups, learned from training rows: per group
 * and key, the share of subscribers that left within the horizon, annualised
 * ({@code 1 - (1 - r)^(12/horizon)}) so that the score reads as "% leaving in a year". A small
 * group is pulled toward the overall rate (50 pseudo-subscribers), and a key never seen gets the
 * overall rate.
 */
public final class GroupRates {

    private static final double PRIOR = 50;

    private final Map<CompositeGroup, Map<String, Double>> rates;
    private final double overall;

    public GroupRates(Map<CompositeGroup, Map<String, Double>> rates, double overall) {
        this.rates = new EnumMap<>(CompositeGroup.class);
        rates.forEach((g, m) -> this.rates.put(g, new LinkedHashMap<>(m)));
        this.overall = overall;
    }

    public double overall() {
        return overall;
    }

    public Map<CompositeGroup, Map<String, Double>> rates() {
        return rates;
    }

    public double rate(CompositeGroup group, String key) {
        Map<String, Double> byKey = rates.get(group);
        Double rate = byKey == null || key == null ? null : byKey.get(key);
        return rate == null ? overall : rate;
    }

    /** The composite score: 100 × the weighted average of the subscriber's group rates, 0-100. */
    public int composite(String[] keys, CompositeWeights weights) {
        double sum = 0;
        double weight = 0;
        for (CompositeGroup group : CompositeGroup.values()) {
            double w = weights.of(group);
            sum += w * rate(group, keys[group.ordinal()]);
            weight += w;
        }
        double score = weight > 0 ? 100 * sum / weight : 100 * overall;
        return (int) Math.round(Math.max(0, Math.min(100, score)));
    }

    /** Counts rows per group key and turns them into rates. */
    public static final class Counter {
        private final Map<CompositeGroup, Map<String, long[]>> counts = new EnumMap<>(CompositeGroup.class);
        private long rows;
        private long churned;

        public void add(String[] keys, boolean left) {
            rows++;
            churned += left ? 1 : 0;
            for (CompositeGroup group : CompositeGroup.values()) {
                long[] c = counts.computeIfAbsent(group, g -> new HashMap<>())
                        .computeIfAbsent(String.valueOf(keys[group.ordinal()]), k -> new long[2]);
                c[0]++;
                c[1] += left ? 1 : 0;
            }
        }

        public GroupRates rates(int horizonMonths) {
            double base = rows == 0 ? 0 : (double) churned / rows;
            Map<CompositeGroup, Map<String, Double>> rates = new EnumMap<>(CompositeGroup.class);
            counts.forEach((group, byKey) -> {
                Map<String, Double> r = new java.util.TreeMap<>();
                byKey.forEach((key, c) -> r.put(key, annual((c[1] + PRIOR * base) / (c[0] + PRIOR), horizonMonths)));
                rates.put(group, r);
            });
            return new GroupRates(rates, annual(base, horizonMonths));
        }

        static double annual(double rate, int horizonMonths) {
            return 1 - Math.pow(1 - Math.min(rate, 0.999999), 12.0 / horizonMonths);
        }
    }
}
