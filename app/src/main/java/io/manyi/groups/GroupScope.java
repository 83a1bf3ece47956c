package io.manyi.groups;

import io.manyi.platform.Role;
import io.manyi.platform.security.CurrentUser;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Which groups a reader sees (docs/groups.md, "Access"): supervisors, analysts and admins every
 * group; an account manager the groups whose account manager they are; a phone manager the C groups
 * whose phone customer manager they are. Other roles (agents, hall clerks, the IVR) none.
 *
 * @param all             every group
 * @param accountManager  the username whose account-managed groups are seen, or null
 * @param phoneManager    the username whose phone-managed C groups are seen, or null
 */
public record GroupScope(boolean all, String accountManager, String phoneManager) {

    private static final Set<Role> SEE_ALL = Set.of(Role.SUPERVISOR, Role.ANALYST, Role.ADMIN);

    public static GroupScope of(CurrentUser reader) {
        if (reader.roles().stream().anyMatch(SEE_ALL::contains)) {
            return new GroupScope(true, null, null);
        }
        String am = reader.has(Role.ACCOUNT_MANAGER) ? reader.username() : null;
        String pm = reader.has(Role.PHONE_MANAGER) ? reader.username() : null;
        if (am == null && pm == null) {
            throw new AccessDeniedException("Group customers are for managers, supervisors and analysts");
        }
        return new GroupScope(false, am, pm);
    }
}
