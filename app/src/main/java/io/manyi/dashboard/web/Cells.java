package io.manyi.dashboard.web;

import io.manyi.platform.export.CellKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The page's cell texts, formatted in Java once per cell: a Thymeleaf fragment per cell made the
 * page's rendering cost seconds (hundreds of fragment look-ups), the figures themselves milliseconds.
 */
final class Cells {

    private static final String NONE = "—";

    private Cells() {
    }

    static String text(CellKind kind, Object value) {
        if (value == null) {
            return NONE;
        }
        return switch (kind) {
            case INTEGER -> pattern("#,##0").format(number(value));
            case DECIMAL -> pattern("#,##0.00").format(number(value));
            case PERCENT -> pattern("0.00").format(number(value).multiply(BigDecimal.valueOf(100))) + "%";
            case TEXT, MONTH -> value.toString();
        };
    }

    /** A month-on-month change: signed; shares in percentage points. */
    static String change(CellKind kind, Object value) {
        if (value == null) {
            return NONE;
        }
        BigDecimal n = number(value);
        String sign = n.signum() > 0 ? "+" : "";
        return switch (kind) {
            case PERCENT -> sign + pattern("0.00").format(n.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)) + " pp";
            case INTEGER -> sign + pattern("#,##0").format(n);
            default -> sign + pattern("#,##0.00").format(n);
        };
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
