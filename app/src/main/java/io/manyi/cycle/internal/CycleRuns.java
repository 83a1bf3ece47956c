package io.manyi.cycle.internal;

import io.manyi.cycle.CycleStep;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code cycle_runs} and {@code cycle_steps} (V18): which steps of which month finished, with rows
 * and time. Each write commits on its own, so what a killed run finished stays recorded.
 */
@Repository
public class CycleRuns {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public CycleRuns(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public record Done(long rows, double seconds, String note) {
    }

    /**
     * One cycle at a time, across processes: a session advisory lock on a connection of its own,
     * held until {@link Held#close()}; a killed process's connection ends and frees it.
     *
     * @return empty when another cycle holds it
     */
    public Optional<Held> tryLock() {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("select pg_try_advisory_lock(hashtext('manyi.cycle'))")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return Optional.of(new Held(connection));
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the cycle's lock: " + e.getMessage(), e);
        }
    }

    /** The cycle's lock; closing it unlocks and returns the connection. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;

        Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection; var statement = connection.createStatement()) {
                statement.execute("select pg_advisory_unlock(hashtext('manyi.cycle'))");
            } catch (SQLException e) {
                // closing the connection ends the session, which frees the lock anyway
            }
        }
    }

    /** Starts (or resumes) the month's run; returns its day, the one the month's first run fixed. */
    public LocalDate begin(YearMonth month, LocalDate day, boolean quiet, Instant now) {
        jdbc.sql("insert into cycle_runs (month, run_day, quiet, started_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(Date.valueOf(month.atDay(1)), Date.valueOf(day), quiet, Timestamp.from(now)).update();
        return jdbc.sql("select run_day from cycle_runs where month = ?").param(Date.valueOf(month.atDay(1)))
                .query(Date.class).single().toLocalDate();
    }

    public Optional<Done> done(YearMonth month, CycleStep step) {
        return jdbc.sql("select rows_done, seconds, note from cycle_steps where month = ? and step = ? and status = 'DONE'")
                .params(Date.valueOf(month.atDay(1)), step.code())
                .query((rs, n) -> new Done(rs.getLong(1), rs.getDouble(2), rs.getString(3))).optional();
    }

    public void started(YearMonth month, CycleStep step, Instant now) {
        jdbc.sql("""
                        insert into cycle_steps (month, step, position, status, attempts, started_at)
                        values (?, ?, ?, 'RUNNING', 1, ?)
                        on conflict (month, step) do update
                        set status = 'RUNNING', attempts = cycle_steps.attempts + 1, started_at = excluded.started_at,
                            finished_at = null
                        """)
                .params(Date.valueOf(month.atDay(1)), step.code(), step.ordinal() + 1, Timestamp.from(now)).update();
    }

    public void finished(YearMonth month, CycleStep step, long rows, double seconds, String note, Instant now) {
        jdbc.sql("""
                        update cycle_steps set status = 'DONE', rows_done = ?, seconds = ?, note = ?, finished_at = ?
                        where month = ? and step = ?
                        """)
                .params(rows, BigDecimal.valueOf(seconds).setScale(2, RoundingMode.HALF_UP), note, Timestamp.from(now),
                        Date.valueOf(month.atDay(1)), step.code())
                .update();
    }

    public void finishRun(YearMonth month, Instant now) {
        jdbc.sql("update cycle_runs set finished_at = ? where month = ?")
                .params(Timestamp.from(now), Date.valueOf(month.atDay(1))).update();
    }

    public boolean hasUsage(YearMonth month) {
        return jdbc.sql("select exists (select 1 from usage_monthly where month = ?)")
                .param(Date.valueOf(month.atDay(1))).query(Boolean.class).single();
    }
}
