package io.manyi.complaints;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * The complaint desk's working hours: SLA time runs only on working days between {@code opens}
 * and {@code closes} in the operator's zone, and not on the listed holidays. A calendar with all
 * seven days and 00:00-24:00 (closes = 00:00) is the round-the-clock one.
 */
public record BusinessCalendar(Set<DayOfWeek> workdays, LocalTime opens, LocalTime closes, List<LocalDate> holidays,
                               ZoneId zone) {

    public BusinessCalendar {
        workdays = Set.copyOf(workdays);
        holidays = List.copyOf(holidays == null ? List.of() : holidays);
        if (workdays.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one working day");
        }
        if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes must be after opens (or 00:00 for midnight)");
        }
    }

    /** Monday to Friday, 09:00-18:00. */
    public static BusinessCalendar officeHours(ZoneId zone) {
        return new BusinessCalendar(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0), List.of(), zone);
    }

    private boolean working(LocalDate day) {
        return workdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    private ZonedDateTime opening(LocalDate day) {
        return day.atTime(opens).atZone(zone);
    }

    private ZonedDateTime closing(LocalDate day) {
        return closes.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay(zone) : day.atTime(closes).atZone(zone);
    }

    /** Business time between {@code from} and {@code to} (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!working(day)) {
                continue;
            }
            Instant start = max(opening(day).toInstant(), from);
            Instant end = min(closing(day).toInstant(), to);
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** The instant at which {@code amount} of business time has passed since {@code from}. */
    public Instant plus(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative business time");
        }
        Duration left = amount;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int guard = 0; guard < 3660; guard++, day = day.plusDays(1)) {
            if (!working(day)) {
                continue;
            }
            Instant start = max(opening(day).toInstant(), from);
            Instant end = closing(day).toInstant();
            if (!end.isAfter(start)) {
                continue;
            }
            Duration available = Duration.between(start, end);
            if (left.isZero() || left.compareTo(available) <= 0) {
                return start.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalArgumentException("no working time within ten years of " + from);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
