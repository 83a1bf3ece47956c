package io.manyi.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.platform.security.DemoUsers;
import io.manyi.subscriber.SubscriberFixture;
import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.io.File;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly accrual killed part-way with SIGKILL (a child JVM running {@code points accrue}
 * on the test database) and run again leaves exactly the ledger of an uninterrupted run.
 */
@IntegrationTest
class AccrualKillIntegrationTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 6);
    private static final int SUBSCRIBERS = 200_000;
    private static final int CHUNKS = 64;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    PointsLedger ledger;

    @Autowired
    StarLevels starLevels;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    java.time.Clock clock;

    @Test
    void aKilledRunFinishedByASecondRunEqualsAnUninterruptedRun() throws Exception {
        SubscriberFixture.load(jdbc, demoUsers);
        jdbc.sql("""
                insert into subscribers (msisdn, name, id_number, gender, city, district, brand, plan_code, activated_on, status)
                select (15000000000 + n)::text, '用户' || n, lpad(n::text, 18, '0'), 'M', '广州', '天河', 'GOTONE', 'GT58',
                       date '2000-01-01' + (n % 9000), 'ACTIVE'
                from generate_series(1, ?) n
                """).param(SUBSCRIBERS).update();
        jdbc.sql("""
                insert into usage_monthly
                select (15000000000 + n)::text, ?, 20 + (n % 400) + 0.57, 100, 0, 0, 10, 1000, n % 30 + 0.5, 0, 0, 10, 0
                from generate_series(1, ?) n
                """).params(java.sql.Date.valueOf(MONTH.atDay(1)), SUBSCRIBERS).update();
        jdbc.sql("analyze").update();

        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "io.manyi.Manyi", "points", "accrue", "--month", MONTH.toString(),
                "--data-dir", TestDatabase.dataDir().toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "accrual-kill-child.log").toFile());
        // Smaller chunks than the default, through the environment, so there is a middle to kill in.
        builder.environment().put("MANYI_LOYALTY_ACCRUAL_CHUNKS", Integer.toString(CHUNKS));
        Process child = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long chunksDone = 0;
        while (System.nanoTime() < deadline && child.isAlive()) {
            chunksDone = chunksDone();
            if (chunksDone >= 2) {
                break;
            }
            Thread.sleep(5);
        }
        child.destroyForcibly(); // SIGKILL on Linux
        child.waitFor(30, TimeUnit.SECONDS);
        long afterKill = chunksDone();
        assertThat(afterKill).as("the child was killed part-way (chunks done of " + CHUNKS + ")")
                .isBetween(1L, (long) CHUNKS - 1);
        long entriesAfterKill = entries();
        assertThat(entriesAfterKill).isPositive();

        // The same chunking as the killed child, so its finished chunks are recognised.
        PointsAccrual accrual = new PointsAccrual(jdbc, transactions, ledger, starLevels, clock, CHUNKS, 2);
        AccrualResult finish = accrual.run(MONTH);
        assertThat(finish.chunksSkipped()).isEqualTo((int) afterKill);
        String interrupted = ledgerDigest();
        // The stored balances moved with the entries, also across the kill.
        assertThat(LoyaltyFixture.mismatchedAccounts(jdbc)).isZero();
        long interruptedEntries = entries();

        jdbc.sql("truncate points_entries, points_accrual_runs, points_accounts cascade").update();
        AccrualResult uninterrupted = accrual.run(MONTH);
        assertThat(uninterrupted.chunksSkipped()).isZero();
        assertThat(entries()).isEqualTo(interruptedEntries).isEqualTo(uninterrupted.entriesWritten());
        assertThat(ledgerDigest()).isEqualTo(interrupted);
        assertThat(LoyaltyFixture.mismatchedAccounts(jdbc)).isZero();
    }

    private long chunksDone() {
        return jdbc.sql("select count(*) from points_accrual_runs where month = ?")
                .param(java.sql.Date.valueOf(MONTH.atDay(1))).query(Long.class).single();
    }

    private long entries() {
        return jdbc.sql("select count(*) from points_entries").query(Long.class).single();
    }

    private String ledgerDigest() {
        return jdbc.sql("""
                select md5(string_agg(idempotency_key || '|' || msisdn || '|' || type || '|' || points || '|'
                                      || coalesce(expires_on::text, '-') || '|' || coalesce(earned_month::text, '-'),
                                      ',' order by idempotency_key))
                from points_entries
                """).query(String.class).single();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }
}
