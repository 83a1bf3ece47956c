package io.manyi.moments;

import io.manyi.platform.db.SqlLiterals;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * The task rules of core ({@link TaskStatus}, {@link Outcome}) as SQL lists, for any feature's SQL over
 * tasks (the offered view {@code task_records} too), so that no statement retypes them
 * ({@code StatusSetsTest} finds one that does, and checks the migrations' lists against core).
 */
public final class TaskStatusSql {

    /** The open states: {@code ('NEW','ASSIGNED','IN_PROGRESS')}. */
    public static final String OPEN = SqlLiterals.list(TaskStatus.OPEN);

    /** The states of a task someone holds, who can start it and record its outcome: {@code ('ASSIGNED','IN_PROGRESS')}. */
    public static final String HELD = SqlLiterals.list(Arrays.stream(TaskStatus.values()).filter(TaskStatus::canRecordOutcome)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(TaskStatus.class))));

    /** The states an outcome closes a task in (an expired task had none): {@code ('DONE','FAILED')}. */
    public static final String CLOSED_BY_OUTCOME = SqlLiterals.list(Arrays.stream(Outcome.values())
            .map(Outcome::resultingStatus).filter(s -> !s.isOpen())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(TaskStatus.class))));

    /** The outcomes of a call that reached the subscriber (they close the task DONE): {@code ('REACHED',...)}. */
    public static final String REACHED = SqlLiterals.list(Arrays.stream(Outcome.values())
            .filter(o -> o.resultingStatus() == TaskStatus.DONE)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Outcome.class))));

    private TaskStatusSql() {
    }
}
