package io.manyi.platform.security.web;

import io.manyi.platform.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every refusal is audited once, as {@code access.denied}, with the status the caller got: those
 * Spring Security answers come through {@link AuditedAccessDenied}; those a feature answers itself
 * (a task that is not yours, a campaign change by a role that may not) are seen here after the
 * answer, when its status is final.
 */
@Component
public class RefusalAudit implements HandlerInterceptor {

    private static final String RECORDED = RefusalAudit.class.getName() + ".recorded";

    private final AuditLog audit;

    public RefusalAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** Records a refusal of the current request, once whatever the path it took. */
    void record(HttpServletRequest request, int status, String reason) {
        if (request.getAttribute(RECORDED) != null) {
            return;
        }
        request.setAttribute(RECORDED, Boolean.TRUE);
        String why = reason == null || reason.isBlank() ? "" : " reason=" + reason.strip();
        audit.record("access.denied", request.getMethod() + " " + request.getRequestURI(),
                "status=" + status + why);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        // A refusal still travelling as an exception is recorded where Spring Security answers it.
        if (failure == null && response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            record(request, HttpServletResponse.SC_FORBIDDEN, null);
        }
    }
}
