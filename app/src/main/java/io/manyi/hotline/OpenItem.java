package io.manyi.hotline;

import java.time.LocalDateTime;

/**
 * Something open about a caller that the agent should see before saying hello: a complaint, a
 * ticket, a task.
 *
 * @param kind      {@code COMPLAINT}, {@code TICKET}, {@code TASK}, ... (the source's own word)
 * @param id        the item's id in its feature
 * @param title     category or subject, as the feature names it
 * @param severity  the feature's severity or priority, null when it has none
 * @param openedAt  when it was opened, in the operator's zone
 */
public record OpenItem(String kind, String id, String title, String severity, LocalDateTime openedAt) {
}
