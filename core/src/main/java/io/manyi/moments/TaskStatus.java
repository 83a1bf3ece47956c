package io.manyi.moments;

import java.util.Set;

/** new -> assigned -> in progress -> done / failed / expired. NEW is a task in the team pool, not yet anyone's. */
public enum TaskStatus {
    NEW, ASSIGNED, IN_PROGRESS, DONE, FAILED, EXPIRED;

    public static final Set<TaskStatus> OPEN = Set.of(NEW, ASSIGNED, IN_PROGRESS);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Only an assigned task can be started; starting twice is harmless. */
    public boolean canStart() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }

    /** An outcome is recorded on a task someone holds. */
    public boolean canRecordOutcome() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }
}
