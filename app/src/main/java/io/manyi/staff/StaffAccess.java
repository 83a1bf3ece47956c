package io.manyi.staff;

import io.manyi.platform.Role;
import io.manyi.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees which assessments: supervisors, analysts and admins everyone's; a hall clerk or a phone
 * manager only their own (and their own place in a ranking). Supervisors and admins record
 * knowledge tests and change the weights.
 */
@Component
public class StaffAccess {

    public boolean seesEveryone(CurrentUser user) {
        return user.has(Role.ADMIN) || user.has(Role.SUPERVISOR) || user.has(Role.ANALYST);
    }

    /** The username a reader is limited to, or null when they see everyone. */
    public String onlyOwn(CurrentUser user) {
        if (seesEveryone(user)) {
            return null;
        }
        if (user.has(Role.HALL_CLERK) || user.has(Role.PHONE_MANAGER)) {
            return user.username();
        }
        throw new AccessDeniedException("Staff assessments are for supervisors, analysts, admins and the assessed themselves");
    }

    public void mayRead(CurrentUser user, String username) {
        String own = onlyOwn(user);
        if (own != null && !own.equals(username)) {
            throw new AccessDeniedException("Only your own assessment");
        }
    }

    public void mayRecord(CurrentUser user) {
        if (!user.has(Role.ADMIN) && !user.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only supervisors and admins record tests and change weights");
        }
    }
}
