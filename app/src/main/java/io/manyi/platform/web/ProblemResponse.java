package io.manyi.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RFC 9457 problem written straight to the response, for the answers given outside Spring MVC's
 * message converters: Spring Security's 401/403/429, the firewall's 400, the last resolver's.
 * Every such answer has the same fields as a handler's {@code ProblemDetail}.
 */
public final class ProblemResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponse() {
    }

    /** Writes the problem; {@code code} (a stable reason for programs) may be null. */
    public static void write(HttpServletResponse response, int status, String detail, String code) throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", ProblemText.cut(detail));
        if (code != null) {
            body.put("code", code);
        }
        body.put("requestId", RequestIds.current());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
