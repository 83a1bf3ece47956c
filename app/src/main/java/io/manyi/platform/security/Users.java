package io.manyi.platform.security;

import io.manyi.platform.Role;
import io.manyi.platform.audit.AuditLog;
import io.manyi.platform.security.internal.UserTable;
import io.manyi.platform.security.internal.UserTable.UserRow;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who sign in: create them, change their password, enable or disable them, set their
 * roles, list them. Every change is audited. A running server notices a change of password, roles
 * or enabled flag within about a second, wherever it was made (AccountVersions), and ends the
 * account's sessions and remembered API credentials.
 */
@Service
public class Users {

    /** Lower-case letters, digits, dot, dash and underscore: safe in URLs, logs and CSV. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final int MIN_PASSWORD_LENGTH = 8;

    /** An account as shown to administrators, without its hash. */
    public record Account(String username, Set<Role> roles, boolean enabled) {
    }

    private final UserTable table;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    public Users(UserTable table, PasswordEncoder passwords, AuditLog audit) {
        this.table = table;
        this.passwords = passwords;
        this.audit = audit;
    }

    /**
     * Creates an account. {@code actor} is who does it (a CLI user, an admin).
     *
     * @throws IllegalArgumentException when the name is malformed or taken, the password too short
     *                                  or no role is given
     */
    public Account add(String actor, String username, char[] password, Collection<Role> roles) {
        checkUsername(username);
        checkPassword(password);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Give the user at least one role: " + rolesList());
        }
        String roleText = roleText(roles);
        if (!table.insert(username, passwords.encode(new String(password)), roleText)) {
            throw new IllegalArgumentException("User '" + username + "' exists already");
        }
        audit.record(actor, "user.add", username, "roles=" + roleText);
        return new Account(username, Role.parseList(roleText), true);
    }

    public void changePassword(String actor, String username, char[] password) {
        checkPassword(password);
        if (!table.updatePassword(username, passwords.encode(new String(password)))) {
            throw new NoSuchUser(username);
        }
        audit.record(actor, "user.password", username, null);
    }

    /** Enables or disables an account ({@code user.enable}, {@code user.disable}). */
    public Account setEnabled(String actor, String username, boolean enabled) {
        if (!table.updateEnabled(username, enabled)) {
            throw new NoSuchUser(username);
        }
        Account account = find(username);
        audit.record(actor, enabled ? "user.enable" : "user.disable", username, "roles=" + roleText(account.roles()));
        return account;
    }

    /**
     * Replaces the account's roles ({@code user.roles}).
     *
     * @throws IllegalArgumentException when no role is given
     */
    public Account setRoles(String actor, String username, Collection<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Give the user at least one role: " + rolesList());
        }
        Account before = find(username);
        if (!table.updateRoles(username, roleText(roles))) {
            throw new NoSuchUser(username);
        }
        audit.record(actor, "user.roles", username, "roles=" + roleText(roles) + " was=" + roleText(before.roles()));
        return find(username);
    }

    /**
     * Sets what is given of the enabled flag and the roles in one transaction, each change audited
     * as by {@link #setEnabled} and {@link #setRoles}.
     */
    @Transactional
    public Account update(String actor, String username, Boolean enabled, Collection<Role> roles) {
        Account account = find(username);
        if (roles != null) {
            account = setRoles(actor, username, roles);
        }
        if (enabled != null) {
            account = setEnabled(actor, username, enabled);
        }
        return account;
    }

    /** The account as administrators see it. */
    public Account find(String username) {
        return table.find(username).map(Users::account).orElseThrow(() -> new NoSuchUser(username));
    }

    public List<Account> list() {
        return table.all().stream().map(Users::account).toList();
    }

    public boolean none() {
        return table.count() == 0;
    }

    private static Account account(UserRow row) {
        return new Account(row.username(), Role.parseList(row.roles()), row.enabled());
    }

    private static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("A username is 1-64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit");
        }
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private static String roleText(Collection<Role> roles) {
        return roles.stream().map(Role::name).sorted().distinct().collect(Collectors.joining(","));
    }

    static String rolesList() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "));
    }
}
