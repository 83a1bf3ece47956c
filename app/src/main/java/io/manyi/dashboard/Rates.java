package io.manyi.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares and averages as the dashboard shows them: null when the denominator is zero (nothing to measure). */
final class Rates {

    private Rates() {
    }

    /** part / whole as a fraction with 4 decimals (0.1234 = 12.34%). */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** sum / count with 2 decimals. */
    static BigDecimal average(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** part × 1,000,000 / whole with 1 decimal. */
    static BigDecimal perMillion(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 1_000_000L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
