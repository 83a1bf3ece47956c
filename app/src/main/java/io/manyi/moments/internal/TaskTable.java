package io.manyi.moments.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
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

    /** A task to create in a batch. */
    public record NewTask(String msisdn, LocalDate day, String assignee, String channel, String type, double priority,
                          Instant notBefore, Instant slaDueAt, List<Long> momentIds, Long campaignId) {
    }

    /**
     * Creates the tasks in a few statements (one insert, one update of the moments, one history
     * insert) rather than three per task: a monthly dispatch makes tens of thousands.
     */
    public void createAll(List<NewTask> tasks, Instant now) {
        if (tasks.isEmpty()) {
            return;
        }
        int n = tasks.size();
        String[] msisdn = new String[n], day = new String[n], assignee = new String[n], channel = new String[n],
                status = new String[n], type = new String[n], priority = new String[n], notBefore = new String[n],
                sla = new String[n], campaign = new String[n];
        for (int i = 0; i < n; i++) {
            NewTask t = tasks.get(i);
            msisdn[i] = t.msisdn();
            day[i] = t.day().toString();
            assignee[i] = t.assignee();
            channel[i] = t.channel();
            status[i] = t.assignee() == null ? "NEW" : "ASSIGNED";
            type[i] = t.type();
            priority[i] = BigDecimal.valueOf(t.priority()).toPlainString();
            notBefore[i] = t.notBefore() == null ? null : t.notBefore().toString();
            sla[i] = t.slaDueAt().toString();
            campaign[i] = t.campaignId() == null ? null : t.campaignId().toString();
        }
        Map<String, Long> ids = new HashMap<>();
        template.query("""
                        insert into tasks (msisdn, due_on, assignee, channel, status, type, priority, not_before, sla_due_at,
                                           campaign_id, created_at, updated_at)
                        select u.msisdn, u.day::date, u.assignee, u.channel, u.status, u.type, u.priority::numeric,
                               u.not_before::timestamptz, u.sla::timestamptz, u.campaign::bigint, ?, ?
                        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                    ?::text[])
                             as u(msisdn, day, assignee, channel, status, type, priority, not_before, sla, campaign)
                        returning id, msisdn
                        """, (RowCallbackHandler) rs -> ids.put(rs.getString(2), rs.getLong(1)),
                ts(now), ts(now), array("text", msisdn), array("text", day), array("text", assignee), array("text", channel),
                array("text", status), array("text", type), array("text", priority), array("text", notBefore), array("text", sla),
                array("text", campaign));
        List<Long> momentIds = new ArrayList<>();
        List<Long> taskIds = new ArrayList<>();
        for (NewTask t : tasks) {
            long id = ids.get(t.msisdn());
            for (Long moment : t.momentIds()) {
                momentIds.add(moment);
                taskIds.add(id);
            }
        }
        template.update("""
                        update moments m set status = 'TASKED', task_id = u.task_id
                        from unnest(?::bigint[], ?::bigint[]) as u(moment_id, task_id) where m.id = u.moment_id
                        """, array("bigint", momentIds.toArray()), array("bigint", taskIds.toArray()));
        template.update("""
                        insert into task_history (task_id, at, actor, action, detail)
                        select t.id, ?, 'dispatch', 'created',
                               case when t.assignee is null then 'pool' else 'assigned to ' || t.assignee end
                        from tasks t where t.id = any(?)
                        """, ts(now), array("bigint", ids.values().toArray()));
    }

    private Object array(String type, Object[] values) {
        return template.execute((java.sql.Connection c) -> c.createArrayOf(type, values));
    }

    /** Adds reasons to an open task: its priority grows by their value (one call, several reasons). */
    public void addValue(long taskId, double expectedValue, Instant now) {
        jdbc.sql("update tasks set priority = priority + ?, updated_at = ? where id = ?")
                .params(BigDecimal.valueOf(expectedValue), ts(now), taskId).update();
        history(taskId, now, "dispatch", "reason-added", null);
    }

    /** A task grown by a campaign's moments belongs to that campaign, unless it already belongs to one. */
    public void tagCampaign(long taskId, Long campaignId) {
        if (campaignId != null) {
            jdbc.sql("update tasks set campaign_id = ? where id = ? and campaign_id is null").params(campaignId, taskId).update();
        }
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
