package io.manyi.platform.security;

import io.manyi.platform.Role;
import io.manyi.platform.security.internal.UserTable;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs people in from the {@code users} table; unknown role names in the column are ignored.
 * The principal carries the row's version, so that a later change of the row ends it.
 */
@Component
class DatabaseUserDetails implements UserDetailsService {

    private final UserTable users;

    DatabaseUserDetails(UserTable users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username)
                .map(row -> (UserDetails) new AccountUser(row.username(), row.passwordHash(), row.enabled(),
                        authorities(row.roles()), row.version()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    private static List<SimpleGrantedAuthority> authorities(String roles) {
        return Role.parseList(roles).stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}
