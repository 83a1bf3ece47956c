package io.manyi.loyalty.web;

import io.manyi.loyalty.PointsRefused;
import io.manyi.platform.idempotency.IdempotencyConflict;
import io.manyi.platform.idempotency.IdempotentRequests;
import io.manyi.platform.idempotency.RejectedRequest;
import io.manyi.platform.idempotency.StoredResponse;
import io.manyi.platform.web.RequestIds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    private final IdempotentRequests requests;
    private final JsonMapper json;

    IdempotentWrites(IdempotentRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    /** {@code action} gets the ledger key to use for its entry and returns the body of a 201. */
    ResponseEntity<String> create(String scope, String idempotencyKey, String requestBody,
                                  java.util.function.Function<String, Object> action) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        String ledgerKey = scope + ":" + (key == null ? UUID.randomUUID() : key);
        Supplier<StoredResponse> run = () -> {
            try {
                return new StoredResponse(201, json.writeValueAsString(action.apply(ledgerKey)));
            } catch (PointsRefused refused) {
                throw new RejectedRequest(new StoredResponse(refused.status(), problem(refused.status(), refused.code(),
                        refused.getMessage())));
            }
        };
        try {
            return respond(requests.execute(scope, key, requestBody, run));
        } catch (IdempotencyConflict conflict) {
            return respond(new StoredResponse(conflict.status(), problem(conflict.status(), "idempotency-key",
                    conflict.getMessage())));
        }
    }

    ResponseEntity<String> respond(StoredResponse response) {
        MediaType type = response.status() >= 400 ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON;
        return ResponseEntity.status(response.status()).contentType(type).body(response.body());
    }

    String problem(int status, String code, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        HttpStatus known = HttpStatus.resolve(status);
        body.put("type", "about:blank");
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        body.put("requestId", RequestIds.current());
        return json.writeValueAsString(body);
    }

    <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (RuntimeException e) {
            throw new PointsRefused(400, "bad-json", "the request body is not the expected JSON");
        }
    }
}
