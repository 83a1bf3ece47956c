package io.manyi.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The settings kept in memory: read once per TTL, forgotten when changed through {@link Settings#put}. */
@IntegrationTest
class SettingsCacheIntegrationTest {

    record Threshold(int points) {
        static Threshold defaults() {
            return new Threshold(100);
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void empty() {
        TestDatabase.truncateAll(jdbc);
    }

    @Test
    void aRowWrittenBehindItsBackIsSeenOnlyAfterTheTtl() throws InterruptedException {
        Settings cached = new Settings(jdbc, Clock.systemUTC(), Duration.ofMillis(300));
        assertThat(cached.get("test.threshold", Threshold.class, Threshold::defaults).points()).isEqualTo(100);

        writeBehindItsBack(500);

        assertThat(cached.get("test.threshold", Threshold.class, Threshold::defaults).points()).isEqualTo(100);
        Thread.sleep(400);
        assertThat(cached.get("test.threshold", Threshold.class, Threshold::defaults).points()).isEqualTo(500);
    }

    @Test
    void aChangeThroughPutIsSeenAtOnceAlsoWhenPutInsideALongerTransaction() {
        Settings cached = new Settings(jdbc, Clock.systemUTC(), Duration.ofHours(1));
        assertThat(cached.get("test.threshold", Threshold.class, Threshold::defaults).points()).isEqualTo(100);

        transaction.executeWithoutResult(status -> {
            cached.put("test.threshold", new Threshold(700), "admin", "test");
            // Read inside the transaction, before the commit: caches the new row of this transaction...
            assertThat(cached.get("test.threshold", Threshold.class, Threshold::defaults).points()).isEqualTo(700);
            status.setRollbackOnly();
        });

        // ...which was rolled back: forgotten again after the transaction, so the stored value wins.
        assertThat(cached.get("test.threshold", Threshold.class, Threshold::defaults).points()).isEqualTo(100);
        cached.put("test.threshold", new Threshold(800), "admin", "test");
        assertThat(cached.get("test.threshold", Threshold.class, Threshold::defaults).points()).isEqualTo(800);
    }

    @Test
    void withoutTtlEveryReadGoesToTheTable() {
        Settings uncached = new Settings(jdbc, Clock.systemUTC(), Duration.ZERO);
        assertThat(uncached.get("test.threshold", Threshold.class, Threshold::defaults).points()).isEqualTo(100);
        writeBehindItsBack(300);
        assertThat(uncached.get("test.threshold", Threshold.class, Threshold::defaults).points()).isEqualTo(300);
    }

    private void writeBehindItsBack(int points) {
        jdbc.sql("""
                insert into settings (name, value, updated_by, updated_at)
                values ('test.threshold', cast(? as jsonb), 'sql', now())
                on conflict (name) do update set value = excluded.value
                """).param("{\"points\":" + points + "}").update();
    }
}
