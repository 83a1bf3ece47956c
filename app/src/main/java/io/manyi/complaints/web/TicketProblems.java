package io.manyi.complaints.web;

import io.manyi.complaints.TicketRefused;
import io.manyi.platform.web.JsonInputErrors;
import io.manyi.platform.web.Problems;
import io.manyi.subscriber.SubscriberNotFound;
import io.manyi.subscriber.SubscriberOutOfScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The complaint API's refusals as problem details with a stable {@code code}. */
@RestControllerAdvice(assignableTypes = {TicketApi.class, CategoryApi.class, TicketHandlingApi.class, AnalysisApi.class, ComplaintSettingsApi.class})
class TicketProblems {

    @ExceptionHandler(TicketRefused.class)
    ProblemDetail refused(TicketRefused e) {
        return Problems.of(HttpStatus.valueOf(e.status()), e.code(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", JsonInputErrors.describe(e).getMessage());
    }

    @ExceptionHandler(SubscriberNotFound.class)
    ProblemDetail noSubscriber(SubscriberNotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown-subscriber", "no subscriber with this number");
    }

    @ExceptionHandler(SubscriberOutOfScope.class)
    ProblemDetail outOfScope(SubscriberOutOfScope e) {
        return Problems.of(HttpStatus.FORBIDDEN, "out-of-scope", "this subscriber is not in your book");
    }
}
