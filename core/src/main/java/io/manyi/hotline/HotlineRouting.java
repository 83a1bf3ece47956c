package io.manyi.hotline;

import io.manyi.tier.LevelPrivileges;
import io.manyi.tier.Privileges;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the queue for a caller: their manager's line when the level's privileges give one (or
 * the rules allow any assigned manager), the VIP fast lane when the level's privileges say so,
 * the normal queue otherwise. A number we do not know, or a cancelled one, goes to the normal queue.
 */
public final class HotlineRouting {

    /** The decision and why, in codes an IVR log or a supervisor can read. */
    public record Decision(HotlineQueue queue, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    private HotlineRouting() {
    }

    public static Decision route(Caller caller, Privileges privileges, HotlineRules rules) {
        List<String> reasons = new ArrayList<>();
        if (!caller.known()) {
            reasons.add("unknown-number");
            return new Decision(HotlineQueue.NORMAL, reasons);
        }
        if (!caller.active()) {
            reasons.add("not-in-service");
            return new Decision(HotlineQueue.NORMAL, reasons);
        }
        LevelPrivileges level = caller.stars() == null ? LevelPrivileges.none(0) : privileges.of(caller.stars());
        if (caller.stars() == null) {
            reasons.add("not-assessed");
        } else {
            reasons.add("stars-" + caller.stars());
        }
        if (caller.manager() != null && (level.dedicatedAccountManager() || !rules.managerLineNeedsPrivilege())) {
            reasons.add("manager-" + caller.manager());
            return new Decision(HotlineQueue.MANAGER_LINE, reasons);
        }
        if (level.hotlineFastLane()) {
            reasons.add("fast-lane-privilege");
            return new Decision(HotlineQueue.VIP_FAST_LANE, reasons);
        }
        return new Decision(HotlineQueue.NORMAL, reasons);
    }
}
