package io.manyi.hall;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The monthly reconciliation (月结): a month closes only when every one of its days has. */
public final class MonthClose {

    private MonthClose() {
    }

    /**
     * The days of {@code month} that are not closed, from {@code openedOn} (a hall opened mid-month
     * has no days before it).
     */
    public static List<LocalDate> openDays(YearMonth month, LocalDate openedOn, Set<LocalDate> closed) {
        List<LocalDate> open = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if ((openedOn == null || !day.isBefore(openedOn)) && !closed.contains(day)) {
                open.add(day);
            }
        }
        return open;
    }

    /** A month that has not ended cannot close: its remaining days are still to come. */
    public static boolean hasEnded(YearMonth month, LocalDate today) {
        return today.isAfter(month.atEndOfMonth());
    }
}
