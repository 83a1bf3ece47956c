package io.manyi.moments;

import io.manyi.platform.db.SqlLiterals;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tasks a demo or a bench invents as history, written by the moments feature (issue 13): tasks
 * already worked (DONE, FAILED or EXPIRED), set-based. An open task is never made here: the one open
 * task per subscriber, its moments and its SLA are dispatch's.
 */
@Component
public class SyntheticTasks {

    /** The states a worked task may have: every state but the open ones. */
    private static final String WORKED = SqlLiterals.list(EnumSet.complementOf(EnumSet.copyOf(TaskStatus.OPEN)));

    private final JdbcClient jdbc;

    public SyntheticTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds worked tasks: {@code rows} is a SELECT yielding {@code msisdn, due_on, assignee, channel,
     * status, type, priority, sla_due_at, outcome, note, created_at, updated_at} (named parameters
     * {@code params}); a row whose status is open is left out. Returns the tasks added.
     */
    public int record(String rows, Map<String, ?> params) {
        return jdbc.sql("""
                insert into tasks (msisdn, due_on, assignee, channel, status, type, priority, sla_due_at, outcome, note,
                                   created_at, updated_at)
                select r.msisdn, r.due_on, r.assignee, r.channel, r.status, r.type, r.priority, r.sla_due_at, r.outcome,
                       r.note, r.created_at, r.updated_at
                from (""" + rows + """
                ) r(msisdn, due_on, assignee, channel, status, type, priority, sla_due_at, outcome, note, created_at,
                    updated_at)
                where r.status in """ + WORKED + "\n").params(params).update();
    }
}
