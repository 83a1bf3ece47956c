package io.manyi.moments.internal;

import io.manyi.hotline.OpenItem;
import io.manyi.hotline.OpenItemSource;
import io.manyi.moments.TaskStatusSql;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the hotline about a caller's open key-moment task, so the 10086 agent knows a phone
 * manager is about to call (or should have called) and why. At most one task is open per
 * subscriber (index tasks_one_open_per_subscriber), so this is one indexed lookup.
 */
@Component
class OpenTasks implements OpenItemSource {

    private final JdbcClient jdbc;
    private final java.time.ZoneId zone;

    OpenTasks(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    @Override
    public OpenItems open(String msisdn, int limit) {
        List<OpenItem> items = new ArrayList<>();
        int[] total = {0};
        jdbc.sql("""
                        select id, type, priority, created_at, count(*) over () as total
                        from tasks
                        where msisdn = ? and status in %s
                        order by created_at desc
                        """.formatted(TaskStatusSql.OPEN))
                .param(msisdn)
                .query(rs -> {
                    total[0] = rs.getInt("total");
                    if (items.size() < limit) {
                        items.add(new OpenItem("TASK", rs.getString("id"), rs.getString("type"),
                                rs.getBigDecimal("priority").toPlainString(),
                                // In the operator's zone (OpenItem's promise), not the server's: 8 hours apart on a UTC host.
                                rs.getTimestamp("created_at").toInstant().atZone(zone).toLocalDateTime()));
                    }
                });
        return new OpenItems(items, total[0]);
    }
}
