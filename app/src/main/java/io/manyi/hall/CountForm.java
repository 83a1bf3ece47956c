package io.manyi.hall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A day's count as the clerk sends it (API body and page form; docs/halls.md): cash in yuan by
 * payment method, stock and blank invoices as serial ranges in text, explanations by difference key.
 */
public record CountForm(Map<String, BigDecimal> cash, Map<String, String> stock, String unusedInvoices,
                        Map<String, String> explanations) {

    public CountForm {
        cash = cash == null ? Map.of() : new TreeMap<>(cash);
        stock = stock == null ? Map.of() : new TreeMap<>(stock);
        explanations = explanations == null ? Map.of() : new TreeMap<>(explanations);
        unusedInvoices = unusedInvoices == null ? "" : unusedInvoices;
    }

    /**
     * @throws IllegalArgumentException for a negative amount, one with more than two decimals, or text that is no serial range
     */
    public DayCount toCount() {
        Map<String, Long> fen = new LinkedHashMap<>();
        cash.forEach((method, yuan) -> {
            if (yuan == null) {
                return;
            }
            if (yuan.signum() < 0 || yuan.scale() > 2 && yuan.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("cash " + method + ": a non-negative amount in yuan with at most 2 decimals");
            }
            fen.put(method, yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
        });
        Map<String, SerialRanges> ranges = new LinkedHashMap<>();
        stock.forEach((type, text) -> ranges.put(type, SerialRanges.parse(text)));
        Map<String, String> explained = new LinkedHashMap<>();
        explanations.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                explained.put(key, text.strip());
            }
        });
        return new DayCount(fen, ranges, SerialRanges.parse(unusedInvoices), explained);
    }

    /** The normalised form stored with the close (ranges merged, amounts in yuan). */
    public static CountForm of(DayCount count) {
        Map<String, BigDecimal> cash = new TreeMap<>();
        count.cashFen().forEach((m, fen) -> cash.put(m, BigDecimal.valueOf(fen, 2)));
        Map<String, String> stock = new TreeMap<>();
        count.stock().forEach((t, r) -> stock.put(t, r.toString()));
        return new CountForm(cash, stock, count.unusedInvoices().toString(), count.explanations());
    }
}
