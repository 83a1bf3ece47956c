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
 * {@code Idempotency-Key} for API writes, for any feature. One transaction claims the key (a row
 * in {@code idempotency_keys}), runs the action and stores its answer, so the three happen
 * together or not at all, with one commit. A second request with the same key while the first
 * runs waits on the key's unique index until the first commits, then gets its stored answer; if
 * the first failed (rolled back), the second runs. A replay with the same body gets the stored
 * answer; a different body with the same key gets 422. A refusal ({@link RejectedRequest}) rolls
 * the action's work back and is then stored as the key's answer. A claim committed IN_FLIGHT by
 * an older version (which claimed in a transaction of its own) is answered 409, and taken over
 * once older than {@code manyi.idempotency.stale-after} (default 60 s).
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
            try {
                return transaction.execute(status -> action.get());
            } catch (RejectedRequest rejected) {
                return rejected.response();
            }
        }
        if (key.length() > 200) {
            throw new IdempotencyConflict(422, "Idempotency-Key longer than 200 characters");
        }
        String hash = sha256(requestBody == null ? "" : requestBody);
        try {
            return transaction.execute(status -> {
                Optional<StoredResponse> earlier = claim(scope, key, hash);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                StoredResponse response = action.get();
                complete(scope, key, response);
                return response;
            });
        } catch (RejectedRequest rejected) {
            // The action's work is rolled back (and with it the claim); the refusal is the answer.
            return transaction.execute(status -> storeRefusal(scope, key, hash, rejected.response()));
        }
    }

    /** Claims the key in the current transaction; the stored answer when it is already done. */
    private Optional<StoredResponse> claim(String scope, String key, String hash) {
        Timestamp now = Timestamp.from(clock.instant());
        int claimed = jdbc.sql("""
                        insert into idempotency_keys (scope, key, request_hash, status, created_at)
                        values (?, ?, ?, 'IN_FLIGHT', ?) on conflict do nothing
                        """).params(scope, key, hash, now).update();
        if (claimed == 1) {
            return Optional.empty();
        }
        Row row = row(scope, key);
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

    private record Row(String requestHash, String status, Integer responseStatus, String responseBody) {
    }

    private Row row(String scope, String key) {
        return jdbc.sql("""
                        select request_hash, status, response_status, response_body
                        from idempotency_keys where scope = ? and key = ?
                        """).params(scope, key).query(Row.class).single();
    }

    /** Stores a refusal as the key's answer, unless another request with the key got there first. */
    private StoredResponse storeRefusal(String scope, String key, String hash, StoredResponse refusal) {
        Timestamp now = Timestamp.from(clock.instant());
        int stored = jdbc.sql("""
                        insert into idempotency_keys (scope, key, request_hash, status, response_status, response_body,
                                                      created_at, completed_at)
                        values (?, ?, ?, 'DONE', ?, ?, ?, ?)
                        on conflict (scope, key) do update
                        set status = 'DONE', response_status = excluded.response_status,
                            response_body = excluded.response_body, completed_at = excluded.completed_at
                        where idempotency_keys.status = 'IN_FLIGHT' and idempotency_keys.request_hash = excluded.request_hash
                        """).params(scope, key, hash, refusal.status(), refusal.body(), now, now).update();
        if (stored == 1) {
            return refusal;
        }
        Row row = row(scope, key);
        if (!row.requestHash().equals(hash)) {
            throw new IdempotencyConflict(422, "Idempotency-Key " + key + " was used with a different request");
        }
        return new StoredResponse(row.responseStatus(), row.responseBody());
    }

    private void complete(String scope, String key, StoredResponse response) {
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
