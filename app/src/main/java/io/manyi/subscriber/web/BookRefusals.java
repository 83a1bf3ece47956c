package io.manyi.subscriber.web;

import io.manyi.platform.web.RequestIds;
import io.manyi.subscriber.SubscriberOutOfScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A subscriber outside the reader's book, refused by any feature's controller: 403, answered here
 * rather than by the security filter further out, for two reasons. The filter's problem detail
 * echoes the request's path, which names the subscriber ({@code /api/v1/loyalty/accounts/138...}):
 * this answer names nothing. And the request's write audit then sees the 403 it was answered.
 * Pages get the 403 page (the container's error page, as for a role refusal).
 *
 * <p>Lowest precedence: a feature whose own advice answers the refusal in its own shape keeps it.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BookRefusals {

    @ExceptionHandler(SubscriberOutOfScope.class)
    ResponseEntity<Map<String, Object>> outOfScope(SubscriberOutOfScope refused, HttpServletRequest request,
                                                   HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") && !path.startsWith("/tmf-api/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null; // the answer is the error page
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Forbidden");
        body.put("status", HttpServletResponse.SC_FORBIDDEN);
        body.put("detail", refused.getMessage());
        body.put("code", "out-of-scope");
        body.put("requestId", RequestIds.current());
        return ResponseEntity.status(HttpServletResponse.SC_FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
