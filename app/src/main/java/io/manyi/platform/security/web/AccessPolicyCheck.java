package io.manyi.platform.security.web;

import io.manyi.platform.Role;
import io.manyi.platform.security.AccessPolicy;
import io.manyi.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces the {@link AccessPolicy} on every request, once Spring MVC has chosen the handler: the
 * decision is looked up by the handler's own path pattern, so it is exactly the endpoint that will
 * run (no second matching of paths that could disagree with MVC's), at the cost of a map lookup.
 * A refusal is an {@link AccessDeniedException}: Spring Security answers it (403, audited by
 * {@link AuditedAccessDenied}) as it does every other refusal. It is registered first, so that no
 * other interceptor (the write audit among them) sees a request the policy refused.
 */
@Component
public class AccessPolicyCheck implements HandlerInterceptor {

    /** Set on a refusal of the policy, telling it apart from a refusal on the data (a manager's book). */
    public static final String REFUSED_BY = "X-Refused-By";
    public static final String POLICY = "access-policy";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true; // static resources: the security filter decides those
        }
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Optional<AccessPolicy.Decision> decision = AccessPolicy.decision(request.getMethod(), pattern);
        if (decision.isPresent() && decision.get().open()) {
            return true;
        }
        Set<Role> roles = CurrentUser.get().map(CurrentUser::roles).orElse(Set.of());
        if (decision.isEmpty()) {
            response.setHeader(REFUSED_BY, POLICY);
            throw new AccessDeniedException("No access decision for this endpoint.");
        }
        if (!decision.get().allows(roles)) {
            response.setHeader(REFUSED_BY, POLICY);
            throw new AccessDeniedException("Your role does not allow this.");
        }
        return true;
    }
}
