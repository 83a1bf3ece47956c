package io.manyi.satisfaction.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** The surveys page's numbers, formatted in the reader's locale ({@code ${n.count(x)}}); a figure with no base reads "—". */
public final class Numbers {

    private static final String NONE = "—";
    private final Locale locale;

    Numbers(Locale locale) {
        this.locale = locale;
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A share (0-1) as a percentage with one decimal. */
    public String percent(BigDecimal share) {
        if (share == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(share);
    }

    /** An average score with two decimals. */
    public String score(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
