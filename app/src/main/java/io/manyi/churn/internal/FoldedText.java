package io.manyi.churn.internal;

import io.manyi.churn.ChurnFacts;
import java.time.YearMonth;

/**
 * Parses the cursor's folded texts ({@code 2026-09-01 18600 320 ...,2026-10-01 ...}) into the
 * facts' arrays by hand: items split on commas, numbers on spaces, no intermediate strings.
 */
final class FoldedText {

    private final String text;
    private int at;

    private FoldedText(String text) {
        this.text = text;
    }

    static void usage(String text, ChurnFacts f) {
        if (text == null) {
            return;
        }
        FoldedText t = new FoldedText(text);
        while (t.more()) {
            int m = t.month(f);
            long spend = t.number();
            int minutes = (int) t.number();
            int roaming = (int) t.number();
            int sms = (int) t.number();
            int data = (int) t.number();
            long vas = t.number();
            int compCalls = (int) t.number();
            int forwards = (int) t.number();
            int contacts = (int) t.number();
            int compContacts = (int) t.number();
            if (m >= 0) {
                f.usage(m, spend, minutes, roaming, sms, data, vas, compCalls, forwards, contacts, compContacts);
            }
        }
    }

    static void bills(String text, ChurnFacts f) {
        if (text == null) {
            return;
        }
        FoldedText t = new FoldedText(text);
        while (t.more()) {
            int m = t.month(f);
            long arrears = t.number();
            int days = (int) t.number();
            if (m >= 0) {
                f.bill(m, arrears, days);
            }
        }
    }

    static void complaints(String text, ChurnFacts f) {
        if (text == null) {
            return;
        }
        FoldedText t = new FoldedText(text);
        while (t.more()) {
            long opened = t.number();
            long closed = t.number();
            f.complaint(opened, closed < 0 ? ChurnFacts.OPEN : closed);
        }
    }

    static void services(String text, ChurnFacts f) {
        if (text == null) {
            return;
        }
        FoldedText t = new FoldedText(text);
        while (t.more()) {
            long from = t.number();
            long to = t.number();
            boolean confirmed = t.number() == 1;
            f.service(from, to < 0 ? ChurnFacts.OPEN : to, confirmed);
        }
    }

    static void stars(String text, ChurnFacts f) {
        if (text == null) {
            return;
        }
        FoldedText t = new FoldedText(text);
        while (t.more()) {
            int m = t.month(f);
            int stars = (int) t.number();
            if (m >= 0) {
                f.stars[m] = stars;
            }
        }
    }

    private boolean more() {
        return at < text.length();
    }

    /** Reads {@code YYYY-MM-DD} and its separator; the month's index in the facts' window. */
    private int month(ChurnFacts f) {
        int year = Integer.parseInt(text, at, at + 4, 10);
        int month = Integer.parseInt(text, at + 5, at + 7, 10);
        at += 11;
        return f.indexOf(YearMonth.of(year, month));
    }

    /** Reads a (possibly negative) integer and the separator after it. */
    private long number() {
        boolean negative = text.charAt(at) == '-';
        if (negative) {
            at++;
        }
        long value = 0;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == ' ' || c == ',') {
                break;
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }
}
