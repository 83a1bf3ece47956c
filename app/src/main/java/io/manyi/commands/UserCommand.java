package io.manyi.commands;

import io.manyi.platform.cli.DataDirOption;
import io.manyi.platform.cli.ApplicationContexts;

import io.manyi.platform.Role;
import io.manyi.platform.security.Users;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Creates, lists, enables, disables and re-roles the accounts that sign in; the only way to the
 * first one outside demo mode. It writes the database directly, while a server may run on it: the
 * server notices a change within about a second and ends the account's sessions (AccountVersions).
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage the accounts that sign in to the web pages and the API.",
        subcommands = {UserCommand.Add.class, UserCommand.Password.class, UserCommand.ListUsers.class,
                UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.Roles.class})
public final class UserCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Who made a change from the command line, for the audit log. */
    static String cliActor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create an account. The password is read from the terminal (asked twice) "
                    + "or, with --password-stdin or when no terminal is attached, as the first line of standard input.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "NAME", description = "Username: a-z, 0-9, '.', '_', '-'.")
        String username;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "Role(s), repeatable or comma-separated: ADMIN, ANALYST, SUPERVISOR, PHONE_MANAGER, "
                        + "ACCOUNT_MANAGER, AGENT, HALL_CLERK.")
        List<String> roles;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() {
            Set<Role> parsed = parseRoles(roles);
            if (parsed == null) {
                return 2;
            }
            char[] password;
            try {
                password = readPassword(passwordStdin);
            } catch (IllegalArgumentException | IllegalStateException e) {
                System.err.println(e.getMessage());
                return 1;
            }
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                Users.Account account = context.getBean(Users.class).add(cliActor(), username, password, parsed);
                System.out.println("Created user " + account.username() + " with roles " + account.roles());
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set a new password for an account (read like `user add` reads it).")
    static final class Password implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "NAME")
        String username;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() {
            char[] password;
            try {
                password = readPassword(passwordStdin);
            } catch (IllegalArgumentException | IllegalStateException e) {
                System.err.println(e.getMessage());
                return 1;
            }
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                context.getBean(Users.class).changePassword(cliActor(), username, password);
                System.out.println("Password of " + username + " changed");
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
                for (Users.Account account : context.getBean(Users.class).list()) {
                    System.out.printf("%-20s %-40s %s%n", account.username(), account.roles(),
                            account.enabled() ? "enabled" : "disabled");
                }
                return 0;
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account: it can no longer sign in, and a running server ends its "
                    + "sessions and forgets its API credentials within about a second.")
    static final class Disable implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "NAME")
        String username;

        @Override
        public Integer call() {
            return change(dataDir, users -> users.setEnabled(cliActor(), username, false), "Disabled ");
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
    static final class Enable implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "NAME")
        String username;

        @Override
        public Integer call() {
            return change(dataDir, users -> users.setEnabled(cliActor(), username, true), "Enabled ");
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true,
            description = "Replace an account's roles. A running server ends its sessions within about a "
                    + "second; the person signs in again with the new roles.")
    static final class Roles implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "NAME")
        String username;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "The new role(s), repeatable or comma-separated.")
        List<String> roles;

        @Override
        public Integer call() {
            Set<Role> parsed = parseRoles(roles);
            if (parsed == null) {
                return 2;
            }
            return change(dataDir, users -> users.setRoles(cliActor(), username, parsed), "Roles set: ");
        }
    }

    /** Runs one account change and prints the account as it is now; 1 with the reason when refused. */
    private static int change(DataDirOption dataDir, java.util.function.Function<Users, Users.Account> change,
                              String done) {
        try (ConfigurableApplicationContext context = ApplicationContexts.batch(dataDir.path())) {
            Users.Account account = change.apply(context.getBean(Users.class));
            System.out.println(done + account.username() + " " + account.roles() + " "
                    + (account.enabled() ? "enabled" : "disabled"));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** The roles named, or null (after saying which name is unknown). */
    private static Set<Role> parseRoles(List<String> names) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Role known = Role.parse(name).orElse(null);
            if (known == null) {
                System.err.println("Unknown role '" + name + "'. Roles: " + Arrays.toString(Role.values()));
                return null;
            }
            parsed.add(known);
        }
        return parsed;
    }

    /**
     * From JDK 22 on, System.console() exists even when input is piped; its isTerminal() (not in
     * our --release 21 API) tells the two apart, so it is looked up at run time.
     */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }

    private static char[] readPassword(boolean fromStdin) {
        Console console = System.console();
        if (!fromStdin && isTerminal(console)) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("The two passwords differ");
            }
            Arrays.fill(second, '\0');
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalStateException("No password on standard input");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
