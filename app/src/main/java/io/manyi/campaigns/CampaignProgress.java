package io.manyi.campaigns;

import io.manyi.moments.TaskStatusSql;
import io.manyi.moments.WorkbenchCampaigns;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Campaign progress on the workbench: per campaign with tasks for the person, the tasks processed
 * (an outcome closed them: DONE or FAILED) since the campaign started - tasks of a campaign are
 * only made while it runs - and those processed today (in the operator's time zone).
 */
@Component
public class CampaignProgress implements WorkbenchCampaigns {

    private final JdbcClient jdbc;
    private final Clock clock;

    public CampaignProgress(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Progress> progress(String assignee, LocalDate today) {
        Timestamp from = Timestamp.from(today.atStartOfDay(clock.getZone()).toInstant());
        Timestamp to = Timestamp.from(today.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        return jdbc.sql("""
                        select c.id, c.name_zh, c.name_en, count(*) as tasks,
                               count(*) filter (where t.status in %1$s) as cumulative,
                               count(*) filter (where t.status in %1$s and t.updated_at >= ? and t.updated_at < ?) as today
                        from task_records t join campaigns c on c.id = t.campaign_id
                        where t.assignee = ?
                        group by c.id, c.name_zh, c.name_en order by c.id
                        """.formatted(TaskStatusSql.CLOSED_BY_OUTCOME)).params(from, to, assignee)
                .query((rs, n) -> new Progress(rs.getLong("id"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getInt("tasks"), rs.getInt("cumulative"), rs.getInt("today"))).list();
    }
}
