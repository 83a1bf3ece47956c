package io.manyi.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.intake.ImportService;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.io.File;
import java.nio.file.Path;
import java.sql.Date;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./manyi cycle} in a child JVM, killed with SIGKILL part-way through, then run again to the
 * end, leaves the same tasks, moments and ledger entries as an uninterrupted run on the same data.
 */
@IntegrationTest
class CycleKillIntegrationTest {

    /** Kill once this many steps are done: tiers, accrual, expiry, notices, churn; the event moments are under way. */
    private static final int KILL_AFTER_STEPS = 5;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Test
    void aKilledCycleRunAgainEqualsAnUninterruptedOne() throws Exception {
        CycleFixture.load(jdbc, imports);
        Process child = cycle("killed");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && child.isAlive() && stepsDone() < KILL_AFTER_STEPS) {
            Thread.sleep(5);
        }
        child.destroyForcibly(); // SIGKILL on Linux
        child.waitFor(30, TimeUnit.SECONDS);
        long doneAtKill = stepsDone();
        assertThat(doneAtKill).as("killed part-way (steps done of %d)", CycleStep.values().length)
                .isBetween((long) KILL_AFTER_STEPS, CycleStep.values().length - 1L);
        assertThat(count("select count(*) from cycle_runs where finished_at is null")).isEqualTo(1);
        String leftRunning = jdbc.sql("select coalesce(min(step), '') from cycle_steps where status = 'RUNNING'")
                .query(String.class).single();

        assertThat(cycle("resumed").waitFor()).as("the second run's exit code").isZero();
        assertThat(stepsDone()).isEqualTo(CycleStep.values().length);
        assertThat(count("select count(*) from cycle_steps where attempts > 1"))
                .as("only the step the kill interrupted ran twice").isEqualTo(leftRunning.isEmpty() ? 0 : 1);
        CycleFixture.Outcome resumed = CycleFixture.outcome(jdbc);
        assertThat(resumed.tasks()).isPositive();
        assertThat(resumed.moments()).isPositive();
        assertThat(resumed.ledger()).isPositive();

        CycleFixture.load(jdbc, imports);
        assertThat(cycle("uninterrupted").waitFor()).isZero();
        assertThat(CycleFixture.outcome(jdbc)).isEqualTo(resumed);
    }

    private Process cycle(String name) throws Exception {
        return new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"), "io.manyi.Manyi",
                "cycle", "--month", CycleFixture.LAST.toString(), "--data-dir", TestDatabase.dataDir().toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "cycle-kill-" + name + ".log").toFile())
                .start();
    }

    private long stepsDone() {
        return jdbc.sql("select count(*) from cycle_steps where month = ? and status = 'DONE'")
                .param(Date.valueOf(CycleFixture.LAST.atDay(1))).query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }
}
