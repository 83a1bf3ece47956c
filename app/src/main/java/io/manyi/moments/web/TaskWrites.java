package io.manyi.moments.web;

import io.manyi.platform.idempotency.IdempotentResponses;
import io.manyi.platform.web.JsonBodies;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The task API's writes: each runs once per {@code Idempotency-Key} (a replay gets the stored
 * answer); a refusal by the rules becomes a stored problem answer, so a replay is refused alike.
 */
@Component
class TaskWrites {

    private final IdempotentResponses responses;
    private final JsonMapper json;

    TaskWrites(IdempotentResponses responses, JsonMapper json) {
        this.responses = responses;
        this.json = json;
    }

    ResponseEntity<String> run(String scope, String idempotencyKey, String requestBody, Supplier<Object> action) {
        return responses.run(scope, IdempotentResponses.key(idempotencyKey), requestBody, 200, action);
    }

    <T> T read(String body, Class<T> type) {
        return JsonBodies.read(json, body, type);
    }
}
