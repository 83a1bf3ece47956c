package io.manyi.moments.web;

import io.manyi.moments.TaskRefused;
import io.manyi.platform.idempotency.IdempotencyConflict;
import io.manyi.platform.idempotency.IdempotentRequests;
import io.manyi.platform.idempotency.RejectedRequest;
import io.manyi.platform.idempotency.StoredResponse;
import io.manyi.platform.web.RequestIds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The task API's writes: each runs once per {@code Idempotency-Key} (a replay gets the stored
 * answer); a refusal by the rules becomes a stored problem answer, so a replay is refused alike.
 */
@Component
class TaskWrites {

    private final IdempotentRequests requests;
    private final JsonMapper json;

    TaskWrites(IdempotentRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    ResponseEntity<String> run(String scope, String idempotencyKey, String requestBody, Supplier<Object> action) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        Supplier<StoredResponse> run = () -> {
            try {
                return new StoredResponse(200, json.writeValueAsString(action.get()));
            } catch (TaskRefused refused) {
                throw new RejectedRequest(new StoredResponse(refused.status(),
                        problem(refused.status(), refused.code(), refused.getMessage())));
            }
        };
        StoredResponse response;
        try {
            response = requests.execute(scope, key, requestBody, run);
        } catch (IdempotencyConflict conflict) {
            response = new StoredResponse(conflict.status(), problem(conflict.status(), "idempotency-key", conflict.getMessage()));
        }
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
            return json.readValue(body == null || body.isBlank() ? "{}" : body, type);
        } catch (RuntimeException e) {
            throw new TaskRefused(400, "bad-json", "the request body is not the expected JSON");
        }
    }
}
