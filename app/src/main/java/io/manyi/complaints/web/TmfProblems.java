package io.manyi.complaints.web;

import io.manyi.complaints.TicketRefused;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** TMF621 errors in the TM Forum Error shape: code, reason, message, status. */
@RestControllerAdvice(assignableTypes = TmfTroubleTicketApi.class)
class TmfProblems {

    @ExceptionHandler(TicketRefused.class)
    ResponseEntity<Map<String, Object>> refused(TicketRefused e) {
        return error(e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(400, "unreadable-body", "the body is not a JSON object");
    }

    private static ResponseEntity<Map<String, Object>> error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("reason", code);
        body.put("message", message);
        body.put("status", String.valueOf(status));
        body.put("@type", "Error");
        return ResponseEntity.status(status).body(body);
    }
}
