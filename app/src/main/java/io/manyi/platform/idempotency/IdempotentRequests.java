package io.manyi.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key} for API writes, for any feature. The first request with a key claims
 * it (a row IN_FLIGHT, committed at once); its action then runs in one transaction together with
 * storing its answer, so either both happen or neither. A replay with the same body gets the
 * stored answer; a different body with the same key gets 422; a replay while the first is
 * still running gets 409. A claim whose process died (IN_FLIGHT for longer than
 * {@code manyi.idempotency.stale-after}, default 60 s) may be taken over.
 */
@Component
public class IdempotentRequests {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration staleAfter;

    public IdempotentRequests(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
                              @Value("${manyi.idempotency.stale-after:60s}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /**
     * Runs {@code action} once per ({@code scope}, {@code key}); {@code requestBody} is what makes
     * two requests "the same" (hash compared). Without a key the action simply runs.
     */
    public StoredResponse execute(String scope, String key, String requestBody, Supplier<StoredResponse> action) {
        if (key == null || key.isBlank()) {
            return runAction(action, null, null);
        }
        if (key.length() > 200) {
            throw new IdempotencyConflict(422, "Idempotency-Key longer than 200 characters");
        }
        String hash = sha256(requestBody == null ? "" : requestBody);
        Optional<StoredResponse> earlier = claim(scope, key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return runAction(action, scope, key);
    }

    private Optional<StoredResponse> claim(String scope, String key, String hash) {
        Timestamp now = Timestamp.from(clock.instant());
        int claimed = jdbc.sql("""
                        insert into idempotency_keys (scope, key, request_hash, status, created_at)
                        values (?, ?, ?, 'IN_FLIGHT', ?) on conflict do nothing
                        """).params(scope, key, hash, now).update();
        if (claimed == 1) {
            return Optional.empty();
        }
        record Row(String requestHash, String status, Integer responseStatus, String responseBody, Timestamp createdAt) {
        }
        Row row = jdbc.sql("""
                        select request_hash, status, response_status, response_body, created_at
                        from idempotency_keys where scope = ? and key = ?
                        """).params(scope, key).query(Row.class).single();
        if (!row.requestHash().equals(hash)) {
            throw new IdempotencyConflict(422, "Idempotency-Key " + key + " was used with a different request");
        }
        if (row.status().equals("DONE")) {
            return Optional.of(new StoredResponse(row.responseStatus(), row.responseBody()));
        }
        Timestamp staleBefore = Timestamp.from(clock.instant().minus(staleAfter));
        int takenOver = jdbc.sql("""
                        update idempotency_keys set created_at = ?
                        where scope = ? and key = ? and status = 'IN_FLIGHT' and created_at < ?
                        """).params(now, scope, key, staleBefore).update();
        if (takenOver == 1) {
            return Optional.empty();
        }
        throw new IdempotencyConflict(409, "A request with Idempotency-Key " + key + " is still in progress");
    }

    private StoredResponse runAction(Supplier<StoredResponse> action, String scope, String key) {
        try {
            return transaction.execute(status -> {
                StoredResponse response = action.get();
                complete(scope, key, response);
                return response;
            });
        } catch (RejectedRequest rejected) {
            transaction.executeWithoutResult(status -> complete(scope, key, rejected.response()));
            return rejected.response();
        } catch (RuntimeException | Error failure) {
            if (key != null) {
                // Nothing was stored for this key: let the client try again with it.
                jdbc.sql("delete from idempotency_keys where scope = ? and key = ? and status = 'IN_FLIGHT'")
                        .params(scope, key).update();
            }
            throw failure;
        }
    }

    private void complete(String scope, String key, StoredResponse response) {
        if (key == null) {
            return;
        }
        jdbc.sql("""
                        update idempotency_keys set status = 'DONE', response_status = ?, response_body = ?, completed_at = ?
                        where scope = ? and key = ?
                        """).params(response.status(), response.body(), Timestamp.from(clock.instant()), scope, key).update();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
