package io.manyi.moments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as a reader sees it: the number and name shown as the reader's roles allow, why now
 * (the reasons: one per moment merged into the task), the need and the suggested script.
 * {@code ref} is the subscriber's opaque reference for the 360 page's address. {@code campaignId}
 * stays null until campaigns land. {@code callback}: one of the reasons is a callback (a complaint
 * closed, a low survey score), so its outcome takes a satisfaction indicator. {@code callbackAt} is
 * an instant (UTC in JSON); {@code callbackLocal} is the same time in the operator's zone
 * ({@code 2026-12-08T10:00}), as it was booked. {@code due}: CLOSED, CALLBACK_NOT_DUE, CALLBACK_DUE,
 * OVERDUE, TODAY or LATER (docs/moments.md, "The day").
 */
public record TaskView(long id, String msisdn, String ref, String name, String type, String typeName, String need, double priority,
                       String status, LocalDate dueOn, String assignee, Instant notBefore, Instant slaDueAt,
                       Instant callbackAt, String outcome, String note, Long campaignId, List<Reason> reasons,
                       String script, boolean callback, boolean callbackDone, Instant updatedAt, String callbackLocal,
                       String due) {

    public record Reason(String type, String typeName, String detail, String need, double expectedValue) {
    }

    /** A call-back is booked and not yet made. */
    public boolean callbackBooked() {
        return callbackAt != null && !callbackDone && open();
    }

    public boolean open() {
        return TaskStatus.valueOf(status).isOpen();
    }
}
