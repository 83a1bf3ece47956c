package io.manyi.complaints;

import java.math.BigDecimal;

/**
 * The fair remedy proposed in step 4: what is done ({@code text}) and, when the customer is
 * compensated, points (through the points ledger) or a fee credit in yuan (a fee-credit record).
 */
public record Remedy(String text, Long points, BigDecimal feeCreditYuan) {

    public long pointsOrZero() {
        return points == null ? 0 : points;
    }

    public BigDecimal feeCreditOrZero() {
        return feeCreditYuan == null ? BigDecimal.ZERO : feeCreditYuan;
    }
}
