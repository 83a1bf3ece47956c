package io.manyi.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.manyi.cycle.internal.CycleRuns;
import io.manyi.intake.ImportService;
import io.manyi.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly cycle on a generated province: history months quietly, then the last month in full;
 * a second run skips every step; a run that finds no step recorded (as after a kill between a
 * step's work and its marker) runs every step again and changes nothing.
 */
@IntegrationTest
class MonthlyCycleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    MonthlyCycle cycle;

    @Autowired
    CycleRuns runs;

    @Autowired
    io.manyi.platform.status.TableCounts tableCounts;

    @Test
    void theLastMonthsCycleMakesTasksAndARunAgainChangesNothing() {
        CycleFixture.load(jdbc, imports);
        for (YearMonth month : CycleFixture.history()) {
            CycleReport history = cycle.run(month, CycleProgress.NONE, CycleOptions.HISTORY);
            assertThat(history.step(CycleStep.DISPATCH).outcome()).isEqualTo(StepReport.Outcome.SKIPPED);
        }
        assertThat(count("select count(*) from tasks")).as("history months make no tasks").isZero();
        assertThat(count("select count(*) from domain_events")).as("history months tell nobody").isZero();

        List<String> lines = new ArrayList<>();
        CycleReport full = cycle.run(CycleFixture.LAST, new CycleProgress() {
            @Override
            public void finished(YearMonth month, StepReport report) {
                lines.add(report.line());
                System.out.println("cycle " + month + " " + report.line());
            }
        });
        assertThat(full.ran()).isEqualTo(CycleStep.values().length);
        assertThat(lines).hasSize(CycleStep.values().length);
        assertThat(lines.getFirst()).startsWith("tiers").contains("rows");
        assertThat(full.day()).isEqualTo(MonthlyCycle.dayOf(CycleFixture.LAST, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
        assertThat(full.step(CycleStep.TIERS).rows()).isPositive();
        assertThat(full.step(CycleStep.POINTS_ACCRUAL).rows()).isPositive();
        assertThat(full.step(CycleStep.CHURN_SCORES).note()).contains("no churn model");
        assertThat(full.step(CycleStep.MOMENTS).rows()).isPositive();
        assertThat(count("select count(*) from tasks")).isPositive();
        assertThat(count("select count(*) from churn_warnings")).isPositive();
        assertThat(count("select count(*) from cycle_steps where status = 'DONE'")).isEqualTo(CycleStep.values().length
                + 3L * CycleFixture.history().size());
        CycleFixture.Outcome first = CycleFixture.outcome(jdbc);
        assertThat(first.tasks()).isGreaterThanOrEqualTo(full.step(CycleStep.DISPATCH).rows());
        assertThat(first.ledger()).isPositive();
        assertThat(count("""
                select count(*) from (select assignee, due_on, count(*) n from tasks where assignee is not null
                group by assignee, due_on) d join staff s on s.username = d.assignee
                where d.n > coalesce(s.daily_capacity, 60)
                """)).as("no manager's day above capacity").isZero();

        assertThat(tableCounts.counts()).containsEntry("tasks", first.tasks()).containsEntry("moments", first.moments())
                .containsEntry("ledger_entries", first.ledger());

        CycleReport again = cycle.run(CycleFixture.LAST, CycleProgress.NONE);
        assertThat(again.ran()).isZero();
        assertThat(again.step(CycleStep.DISPATCH).outcome()).isEqualTo(StepReport.Outcome.ALREADY_DONE);
        assertThat(again.step(CycleStep.DISPATCH).rows()).isEqualTo(full.step(CycleStep.DISPATCH).rows());
        assertThat(CycleFixture.outcome(jdbc)).isEqualTo(first);

        // As if every step had been killed after its work but before its marker: all run again.
        jdbc.sql("delete from cycle_steps where month = ?").param(java.sql.Date.valueOf(CycleFixture.LAST.atDay(1))).update();
        CycleReport rerun = cycle.run(CycleFixture.LAST, CycleProgress.NONE);
        assertThat(rerun.ran()).isEqualTo(CycleStep.values().length);
        assertThat(rerun.step(CycleStep.DISPATCH).rows()).as("no new task").isZero();
        assertThat(CycleFixture.outcome(jdbc)).isEqualTo(first);
        assertThat(count("select max(attempts) from cycle_steps")).isEqualTo(1);
    }

    @Autowired
    io.manyi.moments.MomentEvents events;

    @Autowired
    io.manyi.moments.Tasks tasks;

    @Autowired
    io.manyi.loyalty.PointsExpiry pointsExpiry;

    /**
     * A server on the same database runs its jobs meanwhile (the event consumer, the expiry of
     * overdue tasks, the points' daily job): the cycle neither fails nor doubles anything.
     */
    @Test
    void theServersJobsRunningBesideTheCycleDoubleNothing() throws Exception {
        CycleFixture.load(jdbc, imports);
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger consumed = new java.util.concurrent.atomic.AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread server = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                try {
                    consumed.addAndGet(events.drain());
                    tasks.expireOverdue();
                    pointsExpiry.daily();
                    Thread.sleep(20);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }
        });
        CycleReport report;
        try {
            report = cycle.run(CycleFixture.LAST, CycleProgress.NONE);
        } finally {
            running.set(false);
            server.join();
        }
        consumed.addAndGet(events.drain()); // what the server's last daily job published after its last poll
        assertThat(failures).isEmpty();
        assertThat(report.step(CycleStep.POINTS_NOTICES).outcome()).isEqualTo(StepReport.Outcome.RAN);
        long published = count("select count(*) from domain_events");
        assertThat(published).isPositive();
        assertThat(consumed.get() + report.step(CycleStep.EVENT_MOMENTS).rows())
                .as("every event consumed once, by the server or by the cycle").isEqualTo(published);
        CycleFixture.Outcome first = CycleFixture.outcome(jdbc);
        assertThat(first.tasks()).isPositive();

        jdbc.sql("delete from cycle_steps").update();
        cycle.run(CycleFixture.LAST, CycleProgress.NONE);
        assertThat(CycleFixture.outcome(jdbc)).isEqualTo(first);
    }

    @Test
    void aMonthWithoutDataOrWhileAnotherCycleRunsIsRefused() {
        CycleFixture.load(jdbc, imports);
        assertThatThrownBy(() -> cycle.run(CycleFixture.LAST.plusMonths(1), CycleProgress.NONE))
                .isInstanceOf(CycleRefused.class).hasMessageContaining("no usage data for " + CycleFixture.LAST.plusMonths(1));
        try (CycleRuns.Held held = runs.tryLock().orElseThrow()) {
            assertThatThrownBy(() -> cycle.run(CycleFixture.LAST, CycleProgress.NONE))
                    .isInstanceOf(CycleRefused.class).hasMessageContaining("another monthly cycle");
        }
        assertThat(count("select count(*) from cycle_runs")).isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
