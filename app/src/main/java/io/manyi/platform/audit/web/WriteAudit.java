package io.manyi.platform.audit.web;

import io.manyi.platform.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.stereotype.Component;
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

    private final AuditLog audit;

    public WriteAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        StringBuilder detail = new StringBuilder("status=").append(failure == null ? response.getStatus() : 500);
        String reason = request.getHeader("X-Reason");
        if (reason != null && !reason.isBlank()) {
            detail.append(" reason=").append(reason.strip(), 0, Math.min(reason.strip().length(), 500));
        }
        if (failure != null) {
            detail.append(" error=").append(failure.getClass().getSimpleName());
        }
        audit.record("http." + request.getMethod().toLowerCase(java.util.Locale.ROOT),
                request.getRequestURI(), detail.toString());
    }
}
