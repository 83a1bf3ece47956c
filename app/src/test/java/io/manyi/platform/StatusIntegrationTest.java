package io.manyi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.status.TableCounts;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class StatusIntegrationTest {

    @Autowired
    TableCounts tableCounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsEveryKindAfterMigrating() {
        TestDatabase.truncateAll(jdbc);
        jdbc.sql("insert into plans values ('P1', 'Basic', 'EASYOWN', 18.00, 100, 500, 50, 'BASIC')").update();

        Map<String, Long> counts = tableCounts.counts();

        assertThat(counts).containsEntry("plans", 1L).containsEntry("subscribers", 0L).containsKey("usage")
                .containsEntry("moments", 0L).containsEntry("tasks", 0L).containsEntry("ledger_entries", 0L)
                // campaign_members belongs to the campaigns feature: counted when its table exists, 0 otherwise
                .containsEntry("campaign_members", 0L);
        assertThat(TableCounts.toJson(counts)).startsWith("{\"plans\":1,");
    }
}
