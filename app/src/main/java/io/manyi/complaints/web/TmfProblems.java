package io.manyi.complaints.web;

import io.manyi.complaints.TicketRefused;
import io.manyi.platform.web.BadInput;
import io.manyi.platform.web.JsonInputErrors;
import io.manyi.platform.web.ProblemText;
import io.manyi.platform.web.RequestIds;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * TMF621 errors in the TM Forum Error shape (code, reason, message, status as a string) that is
 * also a problem body as the rest of the API answers: {@code application/problem+json} with
 * {@code title} and {@code detail} (docs/security.md, "Bad input").
 */
@RestControllerAdvice(assignableTypes = TmfTroubleTicketApi.class)
class TmfProblems {

    @ExceptionHandler(TicketRefused.class)
    ResponseEntity<Map<String, Object>> refused(TicketRefused e) {
        return error(e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(BadInput.class)
    ResponseEntity<Map<String, Object>> badInput(BadInput e) {
        return error(400, e.code(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(400, "unreadable-body", JsonInputErrors.describe(e).getMessage());
    }

    private static ResponseEntity<Map<String, Object>> error(int status, String code, String message) {
        HttpStatus known = HttpStatus.resolve(status);
        String text = ProblemText.cut(message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("reason", code);
        body.put("message", text);
        body.put("status", String.valueOf(status));
        body.put("@type", "Error");
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("detail", text);
        body.put("requestId", RequestIds.current());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
