package io.manyi.platform.idempotency;

import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.audit.web.WriteAudit;
import io.manyi.platform.security.CurrentUser;
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
 * {@code Idempotency-Key} for API writes, for any feature. One transaction runs the action and
 * then stores the key with its answer (and, for an API request, the request's write audit) in one
 * statement: one commit for the work, the key and the audit together, or none of them.
 *
 * <p>Nothing is claimed before the action runs. A second request with the same key (a replay, or a
 * twin sent while the first still runs) runs too, but cannot store the key: its insert waits on the
 * key's unique index until the first commits and then finds it taken, and everything the second
 * did is rolled back; it answers with the first's stored answer. The same happens when the
 * second's action trips over the first's work on its way (a ledger entry with the same key): any
 * failure is answered by the stored answer when the key has one. A different body with the same
 * key gets 422. A refusal ({@link RejectedRequest}) rolls the action's work back and is then stored
 * as the key's answer. A claim left {@code IN_FLIGHT} by an earlier version (which claimed first,
 * in a transaction of its own) is answered 409, and taken over once older than
 * {@code manyi.idempotency.stale-after} (default 60 s).
 *
 * <p>A key belongs to the user who sent it (the signed-in user of the request; none outside a web
 * request): the same key from another user is a new key. Otherwise a key would hand one user's
 * stored answer (a clear number, a balance) to another, who may not read that subscriber at all.
 */
@Component
public class IdempotentRequests {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration staleAfter;
    private final AuditLog auditLog;

    public IdempotentRequests(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
                              @Value("${manyi.idempotency.stale-after:60s}") Duration staleAfter, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /**
     * Lets the work of {@code action} count once per ({@code scope}, {@code key}), and answers every
     * request with the key with that one answer; {@code requestBody} is what makes two requests "the
     * same" (hash compared). Without a key the action simply runs.
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
        String owner = owner();
        Supplier<StoredResponse> again = () -> execute(scope, key, requestBody, action);
        try {
            return stored(transaction.execute(status -> storeOrRollBack(owner, scope, key, hash, action.get())));
        } catch (RejectedRequest rejected) {
            // The action's work is rolled back; the refusal is the answer, unless the key has one already.
            try {
                return stored(transaction.execute(status -> storeOrRollBack(owner, scope, key, hash, rejected.response())));
            } catch (AnsweredBefore twin) {
                return earlierAnswer(owner, scope, key, hash, twin, again);
            }
        } catch (RuntimeException failed) {
            return earlierAnswer(owner, scope, key, hash, failed, again);
        }
    }

    /** The key was stored by another request meanwhile: this one's work must not count. */
    private static final class AnsweredBefore extends RuntimeException {
        AnsweredBefore() {
            super("the Idempotency-Key has an answer already", null, false, false);
        }
    }

    /** The user the request's keys belong to: the signed-in user, or '' without one (tests, jobs). */
    private static String owner() {
        return CurrentUser.get().map(CurrentUser::username).orElse("");
    }

    private StoredResponse storeOrRollBack(String owner, String scope, String key, String hash, StoredResponse response) {
        if (!store(owner, scope, key, hash, response)) {
            throw new AnsweredBefore(); // rolls this run back; the stored answer is the answer
        }
        return response;
    }

    /** After a commit: the request's write audit went in with the key. */
    private static StoredResponse stored(StoredResponse response) {
        WriteAudit.auditedAlready();
        return response;
    }

    /**
     * Stores the key with its answer, and the current request's write audit with it; false when
     * the key was taken (by a request that committed first: the insert waits for it).
     */
    private boolean store(String owner, String scope, String key, String hash, StoredResponse response) {
        Timestamp now = Timestamp.from(clock.instant());
        Optional<WriteAudit.Entry> audit = WriteAudit.entryForCurrentRequest(response.status());
        boolean stored = jdbc.sql("""
                        insert into idempotency_keys (username, scope, key, request_hash, status, response_status,
                                                      response_body, created_at, completed_at)
                        values (:owner, :scope, :key, :hash, 'DONE', :status, :body, :now, :now)
                        on conflict do nothing
                        """).param("owner", owner).param("scope", scope).param("key", key).param("hash", hash)
                .param("status", response.status()).param("body", response.body()).param("now", now).update() == 1;
        // in the same transaction as the key (the caller's), so both commit or neither
        if (stored && audit.isPresent()) {
            auditLog.record(now.toInstant(), AuditLog.currentActor(), audit.get().action(), audit.get().subject(),
                    audit.get().detail());
        }
        return stored;
    }

    /**
     * After a run that was rolled back: the key's stored answer if it has one (a replay, or a twin
     * that committed first); a stale claim of an earlier version is taken over by running again.
     */
    private StoredResponse earlierAnswer(String owner, String scope, String key, String hash, RuntimeException failed,
                                         Supplier<StoredResponse> runAgain) {
        Optional<Row> found = row(owner, scope, key);
        if (found.isEmpty()) {
            throw failed;
        }
        Row row = found.get();
        if (!row.requestHash().equals(hash)) {
            throw new IdempotencyConflict(422, "Idempotency-Key " + key + " was used with a different request");
        }
        if (row.status().equals("DONE")) {
            return new StoredResponse(row.responseStatus(), row.responseBody());
        }
        Timestamp staleBefore = Timestamp.from(clock.instant().minus(staleAfter));
        int dropped = jdbc.sql("delete from idempotency_keys where username = ? and scope = ? and key = ?"
                        + " and status = 'IN_FLIGHT' and created_at < ?")
                .params(owner, scope, key, staleBefore).update();
        if (dropped == 1) {
            return runAgain.get();
        }
        throw new IdempotencyConflict(409, "A request with Idempotency-Key " + key + " is still in progress");
    }

    private record Row(String requestHash, String status, Integer responseStatus, String responseBody) {
    }

    private Optional<Row> row(String owner, String scope, String key) {
        return jdbc.sql("""
                        select request_hash, status, response_status, response_body
                        from idempotency_keys where username = ? and scope = ? and key = ?
                        """).params(owner, scope, key).query(Row.class).optional();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
