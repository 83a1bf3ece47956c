package io.manyi.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SLA clock of one ticket: business time runs from opening, except while the ticket waits
 * for the customer (a pause). Pure arithmetic on the calendar; the timers store its answers.
 */
public final class SlaClock {

    /** A stretch of waiting for the customer; {@code end} is null while it lasts. */
    public record Pause(Instant start, Instant end) {
        public Pause {
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("a pause cannot end before it starts");
            }
        }
    }

    private SlaClock() {
    }

    /** Business time the clock has run from {@code opened} to {@code now}, pauses taken out. */
    public static Duration elapsed(BusinessCalendar calendar, Instant opened, List<Pause> pauses, Instant now) {
        Duration total = Duration.ZERO;
        for (Segment running : runningSegments(opened, pauses)) {
            if (!running.start().isBefore(now)) {
                break;
            }
            Instant end = running.end() == null || running.end().isAfter(now) ? now : running.end();
            total = total.plus(calendar.between(running.start(), end));
        }
        return total;
    }

    /**
     * When the running clock reaches {@code target}, assuming no pause after those given; empty
     * while a pause lasts and the target was not reached before it began.
     */
    public static Optional<Instant> reaching(BusinessCalendar calendar, Instant opened, Duration target,
                                             List<Pause> pauses) {
        Duration accumulated = Duration.ZERO;
        for (Segment running : runningSegments(opened, pauses)) {
            Duration left = target.minus(accumulated);
            if (running.end() == null) {
                return Optional.of(calendar.plus(running.start(), left));
            }
            Duration length = calendar.between(running.start(), running.end());
            if (length.compareTo(left) >= 0) {
                return Optional.of(calendar.plus(running.start(), left));
            }
            accumulated = accumulated.plus(length);
        }
        return Optional.empty(); // the last pause is still open
    }

    /** {@code fraction} of {@code budget}, rounded to the minute: the warning point. */
    public static Duration share(Duration budget, double fraction) {
        return Duration.ofMinutes(Math.round(budget.toMinutes() * fraction));
    }

    private record Segment(Instant start, Instant end) {
    }

    private static List<Segment> runningSegments(Instant opened, List<Pause> pauses) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::start));
        List<Segment> segments = new ArrayList<>();
        Instant start = opened;
        for (Pause pause : sorted) {
            if (pause.start().isAfter(start)) {
                segments.add(new Segment(start, pause.start()));
            }
            if (pause.end() == null) {
                return segments;
            }
            if (pause.end().isAfter(start)) {
                start = pause.end();
            }
        }
        segments.add(new Segment(start, null));
        return segments;
    }
}
