package io.manyi.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A feature advice's refusal as an RFC 9457 problem: its status, a stable {@code code} and the request id. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
