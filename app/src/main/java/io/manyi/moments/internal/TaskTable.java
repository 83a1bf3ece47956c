package io.manyi.moments.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes to tasks, task_history and the moments' link to their task. */
@Repository
public class TaskTable {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public TaskTable(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long create(String msisdn, LocalDate day, String assignee, String channel, String type, double priority,
                       Instant notBefore, Instant slaDueAt, Instant now) {
        long id = jdbc.sql("""
                        insert into tasks (msisdn, due_on, assignee, channel, status, type, priority, not_before, sla_due_at,
                                           created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(msisdn, Date.valueOf(day), assignee, channel, assignee == null ? "NEW" : "ASSIGNED", type,
                        BigDecimal.valueOf(priority), ts(notBefore), ts(slaDueAt), ts(now), ts(now))
                .query(Long.class).single();
        history(id, now, "dispatch", "created", assignee == null ? "pool" : "assigned to " + assignee);
        return id;
    }

    /** Adds reasons to an open task: its priority grows by their value (one call, several reasons). */
    public void addValue(long taskId, double expectedValue, Instant now) {
        jdbc.sql("update tasks set priority = priority + ?, updated_at = ? where id = ?")
                .params(BigDecimal.valueOf(expectedValue), ts(now), taskId).update();
        history(taskId, now, "dispatch", "reason-added", null);
    }

    public void linkMoments(List<Long> momentIds, long taskId) {
        template.update("update moments set status = 'TASKED', task_id = ? where id = any(?)", taskId,
                ids(momentIds));
    }

    public void markMoments(List<Long> momentIds, String status, String reason) {
        template.update("update moments set status = ?, suppressed_reason = ? where id = any(?)", status, reason,
                ids(momentIds));
    }

    public void history(long taskId, Instant at, String actor, String action, String detail) {
        jdbc.sql("insert into task_history (task_id, at, actor, action, detail) values (?, ?, ?, ?, ?)")
                .params(taskId, ts(at), actor, action, detail).update();
    }

    private Object ids(List<Long> ids) {
        return template.execute((java.sql.Connection c) -> c.createArrayOf("bigint", ids.toArray()));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
