package io.manyi.staff;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A ranking period: a month {@code 2026-10}, a quarter {@code 2026-Q3} or a year {@code 2026}. */
public record Period(String label, YearMonth from, YearMonth to) {

    public static Period parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase();
        try {
            if (t.matches("\\d{4}")) {
                int year = Integer.parseInt(t);
                return new Period(t, YearMonth.of(year, 1), YearMonth.of(year, 12));
            }
            if (t.matches("\\d{4}-Q[1-4]")) {
                int year = Integer.parseInt(t.substring(0, 4));
                int quarter = t.charAt(6) - '0';
                YearMonth from = YearMonth.of(year, quarter * 3 - 2);
                return new Period(t, from, from.plusMonths(2));
            }
            YearMonth month = YearMonth.parse(t);
            return new Period(month.toString(), month, month);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("period must be a month (2026-10), a quarter (2026-Q3) or a year (2026)");
        }
    }

    public boolean isMonth() {
        return from.equals(to);
    }

    public int months() {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
    }
}
