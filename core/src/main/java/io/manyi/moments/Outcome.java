package io.manyi.moments;

/**
 * What came of a call. {@link #CALL_BACK_LATER} keeps the task open with an appointment; the
 * others close it: done when the subscriber was reached, failed when not.
 */
public enum Outcome {
    REACHED, REACHED_ACCEPTED, REACHED_REFUSED, NOT_REACHED, CALL_BACK_LATER, WRONG_NUMBER;

    /** The status the task takes on. */
    public TaskStatus resultingStatus() {
        return switch (this) {
            case REACHED, REACHED_ACCEPTED, REACHED_REFUSED -> TaskStatus.DONE;
            case NOT_REACHED, WRONG_NUMBER -> TaskStatus.FAILED;
            case CALL_BACK_LATER -> TaskStatus.IN_PROGRESS;
        };
    }
}
