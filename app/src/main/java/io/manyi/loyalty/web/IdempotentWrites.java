package io.manyi.loyalty.web;

import io.manyi.platform.idempotency.IdempotentResponses;
import io.manyi.platform.security.CurrentUser;
import io.manyi.platform.web.JsonBodies;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loyalty API's writes: each runs once per {@code Idempotency-Key} (a missing key gets a
 * fresh one, so the write still has a unique ledger key but cannot be replayed); a refusal by
 * the rules becomes a stored problem answer.
 */
@Component
class IdempotentWrites {

    private final IdempotentResponses responses;
    private final JsonMapper json;

    IdempotentWrites(IdempotentResponses responses, JsonMapper json) {
        this.responses = responses;
        this.json = json;
    }

    /** {@code action} gets the ledger key to use for its entry and returns the body of a 201. */
    ResponseEntity<String> create(String scope, String idempotencyKey, String requestBody, Function<String, Object> action) {
        String key = IdempotentResponses.key(idempotencyKey);
        // The ledger key is per user too, as the Idempotency-Key is: the same key from another user is a
        // new write, and must not trip over the first user's ledger entry.
        String ledgerKey = scope + ":" + (key == null ? UUID.randomUUID()
                : CurrentUser.get().map(CurrentUser::username).orElse("") + ":" + key);
        return responses.run(scope, key, requestBody, 201, () -> action.apply(ledgerKey));
    }

    <T> T read(String body, Class<T> type) {
        return JsonBodies.read(json, body, type);
    }
}
