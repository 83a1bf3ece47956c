package io.manyi.platform.audit.web;

import io.manyi.platform.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every write that reaches a controller (POST, PUT, PATCH, DELETE) is audited with its outcome,
 * whatever feature handles it. Requests refused by security never get here: failed sign-ins are
 * audited by the sign-in audit, and a refused request changed nothing. An {@code X-Reason}
 * header, when given, is kept as the why.
 */
@Component
public class WriteAudit implements HandlerInterceptor {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String AUDITED = WriteAudit.class.getName() + ".audited";

    private final AuditLog audit;

    public WriteAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (!WRITES.contains(request.getMethod()) || request.getAttribute(AUDITED) != null) {
            return;
        }
        audit.record(action(request), request.getRequestURI(),
                detail(request, failure == null ? response.getStatus() : statusOf(failure), failure));
    }

    /**
     * The status a failure that left the controller is answered with. An exception reaches this
     * interceptor before it is turned into an answer: a refusal by security (a subscriber outside the
     * reader's book, a method's role rule) is answered 403 by the security filter further out, and an
     * exception that names its status keeps it; only the rest is a 500.
     */
    static int statusOf(Exception failure) {
        if (failure instanceof AccessDeniedException) {
            return 403;
        }
        if (failure instanceof AuthenticationException) {
            return 401;
        }
        if (failure instanceof ErrorResponse answered) {
            return answered.getStatusCode().value();
        }
        ResponseStatus named = AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
        return named == null ? 500 : named.code().value();
    }

    /**
     * The audit entry of the current API write, answered with {@code status}, for a caller that
     * stores it in its own transaction (an idempotent write stores it with its answer: one statement,
     * one commit). Empty outside a web request. Once that transaction committed, the caller says so
     * with {@link #auditedAlready()} and this interceptor leaves the request alone.
     */
    public static Optional<Entry> entryForCurrentRequest(int status) {
        return currentRequest().filter(request -> WRITES.contains(request.getMethod()))
                .map(request -> new Entry(action(request), request.getRequestURI(), detail(request, status, null)));
    }

    /** The current request's write audit was stored by its own transaction. */
    public static void auditedAlready() {
        currentRequest().ifPresent(request -> request.setAttribute(AUDITED, Boolean.TRUE));
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    /** An entry's action, subject and detail; the actor, time and request id are the caller's. */
    public record Entry(String action, String subject, String detail) {
    }

    private static String action(HttpServletRequest request) {
        return "http." + request.getMethod().toLowerCase(java.util.Locale.ROOT);
    }

    private static String detail(HttpServletRequest request, int status, Exception failure) {
        StringBuilder detail = new StringBuilder("status=").append(status);
        String reason = request.getHeader("X-Reason");
        if (reason != null && !reason.isBlank()) {
            detail.append(" reason=").append(reason.strip(), 0, Math.min(reason.strip().length(), 500));
        }
        if (failure != null) {
            detail.append(" error=").append(failure.getClass().getSimpleName());
        }
        return detail.toString();
    }
}
