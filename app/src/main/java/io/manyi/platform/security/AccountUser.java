package io.manyi.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in account with the version of its row it was made from. A page session and a
 * remembered API credential keep this principal; once the server learns of a newer version
 * (AccountVersions), they are refused and the account must sign in again with its current
 * roles, or not at all when disabled.
 */
final class AccountUser extends User {

    private final long version;

    AccountUser(String username, String password, boolean enabled,
                Collection<? extends GrantedAuthority> authorities, long version) {
        super(username, password, enabled, true, true, true, authorities);
        this.version = version;
    }

    long version() {
        return version;
    }

    // User's equals and hashCode compare the username only, which is what session registries expect.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
