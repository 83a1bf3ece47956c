package io.manyi.moments;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The contact policy (setting {@code moments.policy}): at most {@code maxContacts} calls or
 * messages per subscriber in {@code periodDays} days; no calls between {@code quietFrom} and
 * {@code quietTo}; a manager's capacity when the staff table has none ({@code defaultCapacity})
 * and the team pool's ({@code poolCapacity}); how many days ahead a full day overflows
 * ({@code overflowDays}); and below which expected value a moment that finds no free call goes
 * out as a text message instead ({@code smsBelowYuan}; never a callback); and the share of each
 * day's capacity kept for callbacks ({@code immediateReservePercent}).
 */
public record ContactPolicy(int maxContacts, int periodDays, LocalTime quietFrom, LocalTime quietTo,
                            int defaultCapacity, int poolCapacity, int overflowDays, double smsBelowYuan,
                            int immediateReservePercent) {

    public static final String SETTING = "moments.policy";

    public static ContactPolicy defaults() {
        return new ContactPolicy(2, 30, LocalTime.of(21, 0), LocalTime.of(9, 0), 60, 200, 3, 30, 10);
    }

    /** True when {@code time} falls in the quiet hours (which may wrap midnight). */
    public boolean isQuiet(LocalTime time) {
        if (quietFrom.equals(quietTo)) {
            return false;
        }
        if (quietFrom.isBefore(quietTo)) {
            return !time.isBefore(quietFrom) && time.isBefore(quietTo);
        }
        return !time.isBefore(quietFrom) || time.isBefore(quietTo);
    }

    /** {@code at} itself when calls are allowed then, otherwise the end of these quiet hours. */
    public LocalDateTime nextAllowed(LocalDateTime at) {
        if (!isQuiet(at.toLocalTime())) {
            return at;
        }
        LocalDateTime end = at.toLocalDate().atTime(quietTo);
        return end.isAfter(at) ? end : end.plusDays(1);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (maxContacts < 1) {
            problems.add("maxContacts must be at least 1");
        }
        if (periodDays < 1 || periodDays > 366) {
            problems.add("periodDays must be between 1 and 366");
        }
        if (quietFrom == null || quietTo == null) {
            problems.add("quietFrom and quietTo are required (HH:MM)");
        }
        if (defaultCapacity < 0 || poolCapacity < 0) {
            problems.add("capacities must not be negative");
        }
        if (immediateReservePercent < 0 || immediateReservePercent > 100) {
            problems.add("immediateReservePercent must be between 0 and 100");
        }
        if (overflowDays < 0 || overflowDays > 31) {
            problems.add("overflowDays must be between 0 and 31");
        }
        return problems;
    }
}
