package io.manyi.moments;

import java.time.Instant;
import java.util.List;

/**
 * Where the outcome of a callback is kept beyond its task. A task is a callback when one of its
 * reasons is a moment type whose action is {@link ActionKind#CALLBACK} (a complaint closed, a low
 * survey score). When its outcome closes the task, every bean of this type hears of it in the
 * same transaction (the satisfaction feature completes its records with it), so the person who
 * worked the task never records the same callback again elsewhere.
 */
public interface CallbackOutcomes {

    /** One callback reason of the task: the moment's type and its occurrence (e.g. {@code T:42}, ticket 42). */
    record CallbackReason(String type, String occurrence) {
    }

    /**
     * @param indicator what the customer's dissatisfaction is recorded against; null when none was
     *                  given or the customer was not reached
     */
    record Closed(long taskId, String msisdn, List<CallbackReason> reasons, Outcome outcome, String note,
                  SatisfactionIndicator indicator, String actor, Instant at) {
    }

    void closed(Closed closed);
}
