package io.manyi.platform.idempotency;

import io.manyi.platform.web.ProblemText;
import io.manyi.platform.web.RequestIds;
import io.manyi.platform.web.RuleRefusal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API write run once per {@code Idempotency-Key}, answered as JSON: a replay gets the stored
 * answer; a {@link RuleRefusal} becomes a stored problem answer, so a replay is refused alike; a
 * key reused with another body or still in flight gets its problem answer.
 */
@Component
public class IdempotentResponses {

    private final IdempotentRequests requests;
    private final JsonMapper json;

    IdempotentResponses(IdempotentRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    /** The header's key, or null when there is none (then the write runs but cannot be replayed). */
    public static String key(String idempotencyKeyHeader) {
        return idempotencyKeyHeader == null || idempotencyKeyHeader.isBlank() ? null : idempotencyKeyHeader.strip();
    }

    /** Runs {@code action} once per key; its result is the body of a {@code status} answer. */
    public ResponseEntity<String> run(String scope, String key, String requestBody, int status, Supplier<Object> action) {
        Supplier<StoredResponse> run = () -> {
            try {
                return new StoredResponse(status, json.writeValueAsString(action.get()));
            } catch (RuleRefusal refused) {
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

    private String problem(int status, String code, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        HttpStatus known = HttpStatus.resolve(status);
        body.put("type", "about:blank");
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", ProblemText.cut(detail));
        body.put("code", code);
        body.put("requestId", RequestIds.current());
        return json.writeValueAsString(body);
    }
}
