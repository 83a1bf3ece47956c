package io.manyi.hall;

import java.util.Map;

/**
 * What the clerk counted at the end of the day.
 *
 * @param cashFen          money in hand or on the terminal by payment method, in fen
 * @param stock            cards in the drawer by card type, as serial ranges
 * @param unusedInvoices   invoice numbers still blank
 * @param explanations     why a difference is what it is, by {@link Difference#key()}
 */
public record DayCount(Map<String, Long> cashFen, Map<String, SerialRanges> stock, SerialRanges unusedInvoices,
                       Map<String, String> explanations) {

    public DayCount {
        cashFen = Map.copyOf(cashFen);
        stock = Map.copyOf(stock);
        explanations = Map.copyOf(explanations);
    }
}
