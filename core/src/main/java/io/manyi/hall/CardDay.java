package io.manyi.hall;

/**
 * One card type's movements in a day (SIM cards, top-up cards of a face value).
 *
 * @param opening   in stock at the start of the day (the previous close's counted stock)
 * @param received  delivered to the hall
 * @param sold      sold to customers (the system's sales)
 * @param returned  sent back to the warehouse
 */
public record CardDay(SerialRanges opening, SerialRanges received, SerialRanges sold, SerialRanges returned) {

    /** opening + received − sold − returned, serial by serial. */
    public SerialRanges expectedClosing() {
        return opening.plus(received).minus(sold).minus(returned);
    }
}
