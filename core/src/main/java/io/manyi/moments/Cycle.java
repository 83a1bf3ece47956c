package io.manyi.moments;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * How often a moment type is looked for (the seeds' 按月/按周/按日 by urgency). IMMEDIATE types come
 * from domain events within seconds; the others from the batch detection.
 */
public enum Cycle {
    MONTHLY, WEEKLY, DAILY, IMMEDIATE;

    /** True when the batch run for {@code day} looks for this cycle: daily always, weekly on Mondays, monthly on the 1st. */
    public boolean dueOn(LocalDate day) {
        return switch (this) {
            case DAILY -> true;
            case WEEKLY -> day.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTHLY -> day.getDayOfMonth() == 1;
            case IMMEDIATE -> false;
        };
    }
}
