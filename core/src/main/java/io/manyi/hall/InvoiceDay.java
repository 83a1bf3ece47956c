package io.manyi.hall;

import java.util.List;

/**
 * A day's invoices: the unused numbers the day started with, the rolls received, and each number
 * issued or voided.
 */
public record InvoiceDay(SerialRanges openingUnused, SerialRanges received, List<Long> issued, List<Voided> voided) {

    /** A voided invoice; voiding needs a reason (seeds: stamp 作废, keep both copies, note the cause). */
    public record Voided(long number, String reason) {
    }

    public InvoiceDay {
        issued = List.copyOf(issued);
        voided = List.copyOf(voided);
    }

    public SerialRanges used() {
        return SerialRanges.numbers(issued).plus(SerialRanges.numbers(voided.stream().map(Voided::number).toList()));
    }

    /** Unused at the start plus received, minus issued and voided. */
    public SerialRanges expectedUnused() {
        return openingUnused.plus(received).minus(used());
    }
}
