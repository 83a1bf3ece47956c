package io.manyi.tier.web;

import io.manyi.tier.TierMixRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The star and VIP mix of a month as the overview shows it: per brand, subscribers at 0-5 stars
 * and holders of each card; also the chart's series.
 */
record TierMix(List<BrandRow> brands, long[] starTotals, long total) {

    static final List<String> CARDS = List.of("SILVER", "GOLD", "DIAMOND");

    record BrandRow(String brand, long[] stars, long[] cards, long total) {
    }

    static TierMix of(List<TierMixRow> rows) {
        Map<String, BrandRow> brands = new LinkedHashMap<>();
        long[] starTotals = new long[6];
        long total = 0;
        for (TierMixRow row : rows) {
            BrandRow b = brands.computeIfAbsent(row.brand(), k -> new BrandRow(k, new long[6], new long[3], 0));
            b.stars()[row.stars()] += row.subscribers();
            if (row.card() != null) {
                b.cards()[CARDS.indexOf(row.card())] += row.subscribers();
            }
            starTotals[row.stars()] += row.subscribers();
            total += row.subscribers();
        }
        List<BrandRow> list = new ArrayList<>();
        for (BrandRow b : brands.values()) {
            long sum = 0;
            for (long s : b.stars()) {
                sum += s;
            }
            list.add(new BrandRow(b.brand(), b.stars(), b.cards(), sum));
        }
        return new TierMix(list, starTotals, total);
    }

    /** {@code {"brands": [...], "stars": [[brand counts at 0 stars], ..., [at 5 stars]]}} for the chart. */
    Map<String, Object> chart() {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("brands", brands.stream().map(BrandRow::brand).toList());
        List<List<Long>> stars = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            int level = s;
            stars.add(brands.stream().map(b -> b.stars()[level]).toList());
        }
        chart.put("stars", stars);
        return chart;
    }
}
