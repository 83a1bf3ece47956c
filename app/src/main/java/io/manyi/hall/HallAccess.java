package io.manyi.hall;

import io.manyi.hall.internal.HallQueries;
import io.manyi.platform.Role;
import io.manyi.platform.security.CurrentUser;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reaches which hall: a hall clerk their own hall (hall_staff), supervisors and admins every
 * hall; analysts read every hall but change nothing. Corrections of a closed day need a hall manager
 * of that hall, a supervisor or an admin; checks are recorded by supervisors and admins.
 */
@Component
public class HallAccess {

    private final HallQueries queries;

    public HallAccess(HallQueries queries) {
        this.queries = queries;
    }

    public Hall readable(CurrentUser user, String hallId) {
        Hall hall = queries.hall(hallId).orElseThrow(() -> new HallNotFound(hallId));
        if (user.has(Role.ADMIN) || user.has(Role.SUPERVISOR) || user.has(Role.ANALYST) || ownHall(user, hallId)) {
            return hall;
        }
        throw new AccessDeniedException("Not your hall");
    }

    public Hall closable(CurrentUser user, String hallId) {
        Hall hall = queries.hall(hallId).orElseThrow(() -> new HallNotFound(hallId));
        if (user.has(Role.ADMIN) || user.has(Role.SUPERVISOR) || ownHall(user, hallId)) {
            return hall;
        }
        throw new AccessDeniedException("Only the hall's clerks, supervisors and admins close a day");
    }

    public Hall correctable(CurrentUser user, String hallId) {
        Hall hall = queries.hall(hallId).orElseThrow(() -> new HallNotFound(hallId));
        boolean hallManager = ownHall(user, hallId) && queries.staffMember(user.username())
                .map(s -> "HALL_MANAGER".equals(s.position())).orElse(false);
        if (user.has(Role.ADMIN) || user.has(Role.SUPERVISOR) || hallManager) {
            return hall;
        }
        throw new AccessDeniedException("Only the hall manager, supervisors and admins correct a closed day");
    }

    public void mayRecordChecks(CurrentUser user) {
        if (!user.has(Role.ADMIN) && !user.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only supervisors and admins record checks");
        }
    }

    /** The staff of a hall the user may read. */
    public List<StaffMember> staff(CurrentUser user, String hallId) {
        readable(user, hallId);
        return queries.staff(hallId);
    }

    public List<Hall> visible(CurrentUser user) {
        List<Hall> all = queries.halls();
        if (user.has(Role.ADMIN) || user.has(Role.SUPERVISOR) || user.has(Role.ANALYST)) {
            return all;
        }
        return all.stream().filter(h -> ownHall(user, h.hallId())).toList();
    }

    private boolean ownHall(CurrentUser user, String hallId) {
        return user.has(Role.HALL_CLERK)
                && queries.staffMember(user.username()).map(s -> s.hallId().equals(hallId)).orElse(false);
    }
}
