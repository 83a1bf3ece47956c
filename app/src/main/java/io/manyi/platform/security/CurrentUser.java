package io.manyi.platform.security;

import io.manyi.platform.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user as the features see them: a name and the roles the operator gave them. */
public record CurrentUser(String username, Set<Role> roles) {

    public CurrentUser {
        roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public static CurrentUser of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                Role.parse(name).ifPresent(roles::add);
            }
        }
        return new CurrentUser(authentication.getName(), roles);
    }

    /** The user of the current request, if one is signed in. */
    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(of(authentication));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when this user reads only the subscribers assigned to them (phone and account managers). */
    public boolean scopedToAssignments() {
        return Role.scopedToAssignments(roles);
    }

    /**
     * True when the {@link AccessPolicy} lets this user call the endpoint: a page shows a button or
     * a link only when what it leads to would answer.
     */
    public boolean may(String method, String pattern) {
        return AccessPolicy.allows(roles, method, pattern);
    }
}
