package io.manyi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.manyi.testing.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V25 on a database the id-ordered consumer had used, migrated in a schema of its own: the events
 * at or below the old mark stay consumed, the others stay pending, and so does an event that a
 * transaction begun before the migration writes after it.
 */
@IntegrationTest
class MomentEventsMigrationIntegrationTest {

    private static final String SCHEMA = "before_v25";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void dropSchema() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    @Test
    void theOldMarkKeepsConsumedEventsConsumedAndPendingOnesPending() throws SQLException {
        dropSchema();
        migrateTo("24");
        for (int i = 1; i <= 5; i++) {
            event(jdbc, i);
        }
        jdbc.sql("insert into " + SCHEMA + ".event_consumers (consumer, last_id) values ('moments', 3)").update();

        try (Connection older = connection()) {
            older.setAutoCommit(false);
            try (Statement s = older.createStatement()) {
                s.execute("select pg_current_xact_id()"); // a transaction of the previous version, already writing
            }
            migrateTo("25");
            try (Statement s = older.createStatement()) {
                s.execute("set local search_path to " + SCHEMA);
                s.execute(insert(6));
            }
            older.commit();
        }
        event(jdbc, 7);

        assertThat(jdbc.sql("select last_txid::text || ':' || last_id from " + SCHEMA + ".event_consumers")
                .query(String.class).single()).isEqualTo("0:3");
        assertThat(jdbc.sql("select count(*) from " + SCHEMA + ".domain_events where txid = '0'").query(Long.class).single())
                .as("the events from before the migration").isEqualTo(5);
        assertThat(next("0", 3)).as("pending after the old mark, in commit order").containsExactly(4L, 5L, 6L, 7L);
        assertThat(next("0", 5)).containsExactly(6L, 7L);
    }

    /** The consumer's own query ({@link MomentEvents#NEXT}) on the migrated schema, from the mark given. */
    private List<Long> next(String lastTxid, long lastId) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            jdbc.sql("set local search_path to " + SCHEMA).update();
            return jdbc.sql(MomentEvents.NEXT).params(lastTxid, lastId, MomentEvents.BATCH)
                    .query((rs, n) -> rs.getLong("id")).list();
        });
    }

    private void migrateTo(String version) {
        HikariDataSource pool = unwrap();
        Flyway.configure().dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())
                .schemas(SCHEMA).locations("classpath:db/migration").target(version).load().migrate();
    }

    private Connection connection() throws SQLException {
        HikariDataSource pool = unwrap();
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    private HikariDataSource unwrap() {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void event(JdbcClient jdbc, int n) {
        jdbc.sql(insert(n).replace("domain_events", SCHEMA + ".domain_events")).update();
    }

    private static String insert(int n) {
        return "insert into domain_events (type, subject, payload, dedup_key, occurred_at)"
                + " values ('ComplaintClosed', '13500000001', '{}', 'migration:" + n + "', now())";
    }
}
