package io.manyi.province.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets the database settle before something is timed: autovacuum workers (which wake after big
 * loads) finished, dirty pages written by a checkpoint. Otherwise whichever load runs second
 * pays for the first one's cleanup.
 */
final class Quiet {

    private static final long MAX_WAIT_NANOS = 300_000_000_000L;

    private Quiet() {
    }

    static void settle(Connection con) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = con.createStatement()) {
            while (System.nanoTime() - start < MAX_WAIT_NANOS) {
                try (ResultSet rows = statement.executeQuery(
                        "select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'")) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        break;
                    }
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            statement.execute("checkpoint");
        }
    }
}
