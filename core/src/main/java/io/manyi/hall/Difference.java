package io.manyi.hall;

/**
 * Something the count does not agree with: it blocks the day's close until it is explained.
 *
 * @param key       stable name of what differs, also the key of its explanation: {@code cash.CASH},
 *                  {@code stock.SIM}, {@code invoices.unused}, {@code invoices.void.<number>}
 * @param expected  what the system's figures say, as shown to the clerk
 * @param counted   what was counted
 * @param detail    one line in English saying what differs
 */
public record Difference(String key, String expected, String counted, String detail) {
}
