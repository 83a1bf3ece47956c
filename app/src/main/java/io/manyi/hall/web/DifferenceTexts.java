package io.manyi.hall.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * A day close's difference in the reader's language. The reconciliation (core's
 * {@code DayReconciliation}) keeps each difference with a key ({@code cash.CASH}, {@code stock.SIM},
 * {@code invoices.duplicate}, ...), the expected and counted values, and an English sentence; the
 * Chinese page showed that English sentence. Here the sentence is made again from the key and the
 * values, in Chinese or English (the stored English one for a key this does not know).
 */
public final class DifferenceTexts {

    private static final Pattern CARDS = Pattern.compile("(\\d+) cards");
    private static final Pattern YUAN = Pattern.compile("-?¥(\\d+\\.\\d{2})");

    private final MessageSource messages;
    private final Locale locale;

    DifferenceTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The text of one difference as the result JSON carries it ({@code key}, {@code expected}, {@code counted}, {@code detail}). */
    public String of(Map<String, ?> difference) {
        String key = string(difference.get("key"));
        String expected = string(difference.get("expected"));
        String counted = string(difference.get("counted"));
        String detail = string(difference.get("detail"));
        if (key.startsWith("cash.")) {
            String method = key.substring("cash.".length());
            BigDecimal system = yuan(expected);
            BigDecimal count = yuan(counted);
            if (system != null && count != null) {
                BigDecimal diff = count.subtract(system);
                return text("fig.hall.cash", methodName(method), count.toPlainString(), system.toPlainString(),
                        text(diff.signum() > 0 ? "fig.hall.over" : "fig.hall.short", diff.abs().toPlainString()));
            }
        } else if (key.startsWith("stock.") && key.endsWith(".unknown")) {
            return text("fig.hall.stockUnknown", key.substring(6, key.length() - ".unknown".length()), counted);
        } else if (key.startsWith("stock.")) {
            Matcher e = CARDS.matcher(expected);
            Matcher c = CARDS.matcher(counted);
            if (e.matches() && c.matches()) {
                return text("fig.hall.stock", key.substring(6), e.group(1), c.group(1));
            }
        } else if (key.equals("invoices.duplicate")) {
            return text("fig.hall.invoiceTwice", counted);
        } else if (key.equals("invoices.outside")) {
            return text("fig.hall.invoiceOutside", counted);
        } else if (key.startsWith("invoices.void.")) {
            return text("fig.hall.voidNoReason", key.substring("invoices.void.".length()));
        } else if (key.equals("invoices.unused")) {
            return text("fig.hall.unused", expected.isEmpty() ? "—" : expected, counted.isEmpty() ? "—" : counted);
        }
        return detail;
    }

    private String methodName(String method) {
        return messages.getMessage("halls.method." + method, null, method, locale);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static BigDecimal yuan(String text) {
        Matcher m = YUAN.matcher(text);
        return m.matches() ? new BigDecimal(m.group(1)).multiply(text.startsWith("-") ? BigDecimal.ONE.negate() : BigDecimal.ONE) : null;
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }
}
