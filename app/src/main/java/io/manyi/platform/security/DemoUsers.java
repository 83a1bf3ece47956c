package io.manyi.platform.security;

import io.manyi.platform.Role;
import io.manyi.platform.security.internal.UserTable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts, all with password {@value #PASSWORD}: {@code admin}, {@code analyst},
 * {@code supervisor}, {@code agent}, {@code ivr} (the hotline IVR's API credential), and one account per phone manager (and account manager) in
 * the {@code staff} table under the staff member's own username ({@code pm01}, {@code pm02}, ...).
 *
 * <p>Only {@code ./manyi demo} calls {@link #ensure()}, after it has imported the staff.
 * Nowhere else does Manyi create an account with a known password.
 */
@Component
public class DemoUsers {

    public static final String PROFILE = "demo";
    public static final String PASSWORD = "demo";

    /** A demo account as printed on the console. */
    public record DemoUser(String username, Role role) {
    }

    private static final List<DemoUser> FIXED = List.of(
            new DemoUser("admin", Role.ADMIN),
            new DemoUser("analyst", Role.ANALYST),
            new DemoUser("supervisor", Role.SUPERVISOR),
            new DemoUser("agent", Role.AGENT),
            new DemoUser("ivr", Role.IVR));

    private final UserTable users;
    private final PasswordEncoder passwords;

    public DemoUsers(UserTable users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /**
     * Creates the demo accounts that are missing and resets the password of those that exist to
     * {@value #PASSWORD}. Returns them in the order they are printed.
     */
    public List<DemoUser> ensure() {
        List<DemoUser> demo = new ArrayList<>(FIXED);
        for (Role staffRole : List.of(Role.PHONE_MANAGER, Role.ACCOUNT_MANAGER, Role.HALL_CLERK)) {
            for (String username : users.staffWithRole(staffRole.name())) {
                demo.add(new DemoUser(username, staffRole));
            }
        }
        // One hash for all: bcrypt takes tens of milliseconds, and hundreds of phone managers share the password.
        String hash = passwords.encode(PASSWORD);
        for (DemoUser user : demo) {
            users.upsert(user.username(), hash, user.role().name());
        }
        return List.copyOf(demo);
    }

    /** {@link #ensure()} and print the block. */
    public List<DemoUser> ensureAndPrint(PrintStream out) {
        List<DemoUser> demo = ensure();
        print(demo, out);
        return demo;
    }

    /** Prints the accounts as a block; long lists of managers are shortened to their first and last. */
    public static void print(List<DemoUser> demo, PrintStream out) {
        String rule = "=".repeat(60);
        out.println(rule);
        out.println(" Manyi demo accounts (password for all: " + PASSWORD + ")");
        out.printf(" %-14s %-16s %s%n", "username", "role", "password");
        for (Role role : demo.stream().map(DemoUser::role).distinct().toList()) {
            List<DemoUser> ofRole = demo.stream().filter(u -> u.role() == role).toList();
            if (ofRole.size() > 6) {
                for (DemoUser user : ofRole.subList(0, 3)) {
                    out.printf(" %-14s %-16s %s%n", user.username(), role.name(), PASSWORD);
                }
                out.printf(" %-14s %-16s %s%n", "...", "", "");
                DemoUser last = ofRole.getLast();
                out.printf(" %-14s %-16s %s%n", last.username(), role.name(), PASSWORD);
                out.printf(" (%d %s accounts: %s ... %s)%n", ofRole.size(), role.name(),
                        ofRole.getFirst().username(), last.username());
            } else {
                for (DemoUser user : ofRole) {
                    out.printf(" %-14s %-16s %s%n", user.username(), role.name(), PASSWORD);
                }
            }
        }
        if (demo.stream().noneMatch(u -> u.role() == Role.PHONE_MANAGER)) {
            out.println(" (phone managers pm01, pm02, ... appear once staff.csv is imported)");
        }
        out.println(rule);
        out.flush();
    }
}
