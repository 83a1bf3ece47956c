package io.manyi.platform.security;

import io.manyi.platform.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, sign-outs and failed attempts go to the audit log. A successful HTTP Basic request
 * is not a sign-in (it happens on every API call), so successes are taken from the form login;
 * failures come from every door.
 */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            audit.record(authentication.getName(), "login", authentication.getName(), null);
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
    }

    LogoutHandler logoutHandler() {
        return (request, response, authentication) -> {
            if (authentication != null) {
                audit.record(authentication.getName(), "logout", authentication.getName(), null);
            }
        };
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof SignInThrottled) {
            return; // SignInThrottle audits refusals itself, once a minute per account or address
        }
        // The name someone typed is the subject, not the actor: nobody was authenticated.
        String attempted = String.valueOf(event.getAuthentication().getName());
        audit.record("anonymous", "login.failed", attempted, event.getException().getClass().getSimpleName());
    }
}
