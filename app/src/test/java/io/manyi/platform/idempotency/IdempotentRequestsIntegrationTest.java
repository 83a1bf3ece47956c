package io.manyi.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.manyi.testing.IntegrationTest;
import io.manyi.testing.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Replays, a different body, a request still in flight, a stale claim, a refusal, a failure. */
@IntegrationTest
class IdempotentRequestsIntegrationTest {

    @Autowired
    IdempotentRequests requests;

    @Autowired
    JdbcClient jdbc;

    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void empty() {
        TestDatabase.truncateAll(jdbc);
    }

    /** An action with an effect (a row) and an answer naming its run. */
    private StoredResponse created() {
        jdbc.sql("insert into audit_log (at, actor, action) values (now(), 'test', 'effect')").update();
        return new StoredResponse(201, "{\"run\":" + runs.incrementAndGet() + "}");
    }

    /** Effects that stayed: a rolled-back run leaves none. */
    private long effects() {
        return jdbc.sql("select count(*) from audit_log where action = 'effect'").query(Long.class).single();
    }

    @Test
    void aReplayGetsTheFirstAnswerAndADifferentBodyIs422() {
        StoredResponse first = requests.execute("test", "k1", "body", this::created);
        assertThat(requests.execute("test", "k1", "body", this::created)).isEqualTo(first);
        assertThat(effects()).isOne(); // the replay ran, could not store the key, and was rolled back
        assertThatThrownBy(() -> requests.execute("test", "k1", "other body", this::created))
                .isInstanceOfSatisfying(IdempotencyConflict.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThat(requests.execute("other-scope", "k1", "other body", this::created).status()).isEqualTo(201);
        assertThat(effects()).isEqualTo(2);
    }

    @Test
    void twinsSentTogetherBothRunButOneCountsAndBothGetItsAnswer() throws Exception {
        java.util.concurrent.CountDownLatch bothRunning = new java.util.concurrent.CountDownLatch(2);
        java.util.function.Supplier<StoredResponse> meetTheTwin = () -> {
            StoredResponse answer = created();
            bothRunning.countDown();
            try {
                assertThat(bothRunning.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return answer;
        };
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var one = threads.submit(() -> requests.execute("test", "twin", "body", meetTheTwin));
            var two = threads.submit(() -> requests.execute("test", "twin", "body", meetTheTwin));
            assertThat(one.get()).isEqualTo(two.get());
        }
        assertThat(runs).hasValue(2);
        assertThat(effects()).isOne();
    }

    @Test
    void aRequestStillInFlightIs409AndAStaleClaimIsTakenOver() {
        jdbc.sql("""
                insert into idempotency_keys (scope, key, request_hash, status, created_at)
                values ('test', 'k2', ?, 'IN_FLIGHT', now())
                """).param(IdempotentRequests.sha256("body")).update();
        assertThatThrownBy(() -> requests.execute("test", "k2", "body", this::created))
                .isInstanceOfSatisfying(IdempotencyConflict.class, e -> assertThat(e.status()).isEqualTo(409));
        jdbc.sql("update idempotency_keys set created_at = now() - interval '10 minutes' where key = 'k2'").update();
        assertThat(requests.execute("test", "k2", "body", this::created).status()).isEqualTo(201);
        assertThat(effects()).isOne();
    }

    @Test
    void aRefusalIsStoredAndAFailureFreesTheKey() {
        StoredResponse refused = requests.execute("test", "k3", "body", () -> {
            runs.incrementAndGet();
            throw new RejectedRequest(new StoredResponse(409, "{\"code\":\"no\"}"));
        });
        assertThat(refused.status()).isEqualTo(409);
        assertThat(requests.execute("test", "k3", "body", this::created)).isEqualTo(refused);
        assertThat(effects()).isZero();

        assertThatThrownBy(() -> requests.execute("test", "k4", "body", () -> {
            throw new IllegalStateException("database went away");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(requests.execute("test", "k4", "body", this::created).status()).isEqualTo(201);
    }
}
