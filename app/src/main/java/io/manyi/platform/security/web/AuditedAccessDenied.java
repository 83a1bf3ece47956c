package io.manyi.platform.security.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Records every refusal Spring Security answers (a role the policy does not allow, a subscriber
 * outside a manager's book thrown as {@link AccessDeniedException}) as {@code access.denied} with
 * the status it gets, then lets the door's own handler answer (a JSON problem for the API, the 403
 * page for pages). Refusals a feature answers itself are recorded by {@link RefusalAudit}.
 */
public final class AuditedAccessDenied implements AccessDeniedHandler {

    private final AccessDeniedHandler answer;
    private final RefusalAudit refusals;

    public AuditedAccessDenied(AccessDeniedHandler answer, RefusalAudit refusals) {
        this.answer = answer;
        this.refusals = refusals;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        refusals.record(request, HttpServletResponse.SC_FORBIDDEN, e.getMessage());
        answer.handle(request, response, e);
    }
}
