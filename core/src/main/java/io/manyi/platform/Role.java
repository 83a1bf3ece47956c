package io.manyi.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a user does at the operator. A user may hold several roles; what they may see is the
 * union of what each role allows (docs/security.md has the table).
 */
public enum Role {
    /** Runs the system: users, audit, imports. */
    ADMIN,
    /** Works on aggregates and models; needs no subscriber's identity. */
    ANALYST,
    /** Leads phone managers and agents; answers for their subscribers. */
    SUPERVISOR,
    /** Outbound telephone account manager (电话经理) with a book of subscribers. */
    PHONE_MANAGER,
    /** Face-to-face account manager (客户经理); same data scope as a phone manager. */
    ACCOUNT_MANAGER,
    /** 10086 hotline agent: serves whoever calls. */
    AGENT,
    /** Business-hall clerk (营业厅): serves whoever stands at the counter, checks ID cards. */
    HALL_CLERK,
    /**
     * A machine: the 10086 IVR asking where to send a caller. Reaches only the hotline route
     * ({@code /api/v1/hotline/**}), no page and no other API (docs/hotline.md).
     */
    IVR;

    /** True for the roles people hold; {@link #IVR} is a system's credential and signs in to no page. */
    public boolean isPerson() {
        return this != IVR;
    }

    /** True when the role alone only reaches the subscribers assigned to the user. */
    public boolean readsOnlyAssignedSubscribers() {
        return this == PHONE_MANAGER || this == ACCOUNT_MANAGER;
    }

    /**
     * True when a user with these roles reaches only their assigned subscribers: every role they
     * hold is book-scoped. A phone manager who is also a supervisor reads everyone.
     */
    public static boolean scopedToAssignments(Collection<Role> roles) {
        return !roles.isEmpty() && roles.stream().allMatch(Role::readsOnlyAssignedSubscribers);
    }

    /** The Spring Security authority name, {@code ROLE_ADMIN} for {@link #ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (wanted.startsWith("ROLE_")) {
            wanted = wanted.substring("ROLE_".length());
        }
        String finalWanted = wanted;
        return Arrays.stream(values()).filter(r -> r.name().equals(finalWanted)).findFirst();
    }

    /** Roles from the comma-separated form kept in the {@code users.roles} column; unknown names are skipped. */
    public static Set<Role> parseList(String commaSeparated) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (commaSeparated == null) {
            return roles;
        }
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                parse(part).ifPresent(roles::add);
            }
        }
        return roles;
    }
}
