package io.manyi.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * A complaint is a repeat when the same subscriber complained about the same category within the
 * window before it (default 30 days, the setting {@code complaints.rules}).
 */
public final class RepeatComplaints {

    /** An earlier ticket of the same subscriber. */
    public record Earlier(long ticketId, String category, Instant openedAt) {
    }

    private RepeatComplaints() {
    }

    /** The latest earlier ticket this one repeats, if any. */
    public static Optional<Earlier> repeats(Collection<Earlier> earlier, String category, Instant openedAt,
                                            Duration window) {
        Instant from = openedAt.minus(window);
        return earlier.stream()
                .filter(e -> e.category().equals(category))
                .filter(e -> !e.openedAt().isAfter(openedAt) && !e.openedAt().isBefore(from))
                .max((a, b) -> a.openedAt().compareTo(b.openedAt()));
    }
}
